import { useState } from 'react'
import { METRICS_CSV_GROUPINGS, type MetricsCsvGrouping } from '../../../../shared/exchange'
import { mapFieldErrors } from '../../api/errors'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { useToast } from '../../components/Toast'
import { todayIso } from '../../lib/format'
import { CSV_TYPE, downloadText, JSON_TYPE } from './download'
import { useExportCallsCsv, useExportJournal, useExportMetricsCsv } from './useExchange'

const GROUPING_LABELS: Record<MetricsCsvGrouping, string> = {
  month: 'One row per month',
  week: 'One row per ISO week',
  rep: 'One row per rep',
}

/** The three downloads: the full backup, the calls spreadsheet and the metrics spreadsheet. */
export function ExportPanel() {
  const toast = useToast()
  const journal = useExportJournal()
  const calls = useExportCallsCsv()
  const metrics = useExportMetricsCsv()
  const today = todayIso()
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`)
  const [to, setTo] = useState(today)
  const [by, setBy] = useState<MetricsCsvGrouping>('month')
  const downloaded = (filename: string) => toast.show(`Downloaded ${filename}`)

  const metricsErrors = mapFieldErrors(metrics.error, ['from', 'to', 'by'] as const)

  return (
    <section className="exchange-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="exchange-cards">
        <article className="exchange-card" aria-labelledby="export-journal-heading">
          <h3 id="export-journal-heading">Full backup</h3>
          <p>The whole journal as one file (JSON, format version 1): reps, calls, briefs, coaching sessions and settings. Import it into another Coachbook to move your journal there; records changed there since the file was written are kept unless you choose otherwise.</p>
          <p className="exchange-card__warning">
            <strong>It includes everything, private notes included</strong> — and what you recorded about yourself: who started each
            takeover, the fear behind it, your predicted chances. Keep it somewhere only you can open, and do not send it to anyone.
          </p>
          {journal.isError && <FormAlert>The backup could not be made: {journal.error.message}</FormAlert>}
          <div className="exchange-card__actions">
            <Button
              variant="primary"
              busy={journal.isPending}
              onClick={() =>
                journal.mutate(undefined, {
                  onSuccess: ({ text }) => {
                    const filename = `coachbook-journal-${todayIso()}.json`
                    downloadText(filename, text, JSON_TYPE)
                    downloaded(filename)
                  },
                })
              }
            >
              {journal.isPending ? 'Preparing…' : 'Download backup (.json)'}
            </Button>
          </div>
        </article>

        <article className="exchange-card" aria-labelledby="export-calls-heading">
          <h3 id="export-calls-heading">Calls spreadsheet</h3>
          <p>Every call on one row, cancelled ones too, with its plan and debrief, ready for Excel or Numbers. Private notes are never included.</p>
          {calls.isError && <FormAlert>The spreadsheet could not be made: {calls.error.message}</FormAlert>}
          <div className="exchange-card__actions">
            <Button
              busy={calls.isPending}
              onClick={() =>
                calls.mutate(
                  {},
                  {
                    onSuccess: (file) => {
                      downloadText(file.filename, file.text, CSV_TYPE)
                      downloaded(file.filename)
                    },
                  },
                )
              }
            >
              {calls.isPending ? 'Preparing…' : 'Download calls (.csv)'}
            </Button>
          </div>
        </article>

        <article className="exchange-card" aria-labelledby="export-metrics-heading">
          <h3 id="export-metrics-heading">Metrics spreadsheet</h3>
          <p>Your coaching figures for a period — rescues, plans kept, debriefs, ask share — as rates from 0 to 1.</p>
          <form
            className="exchange-card__form"
            onSubmit={(event) => {
              event.preventDefault()
              metrics.mutate(
                { from, to, by },
                {
                  onSuccess: (file) => {
                    downloadText(file.filename, file.text, CSV_TYPE)
                    downloaded(file.filename)
                  },
                },
              )
            }}
          >
            <div className="exchange-card__fields">
              <Field label="From" error={metricsErrors.fieldErrors.from}>
                {(control) => <input {...control} className="input" type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />}
              </Field>
              <Field label="To" error={metricsErrors.fieldErrors.to}>
                {(control) => <input {...control} className="input" type="date" value={to} required onChange={(e) => setTo(e.target.value)} />}
              </Field>
            </div>
            <Field label="Rows">
              {(control) => (
                <select {...control} className="select" value={by} onChange={(e) => setBy(e.target.value as MetricsCsvGrouping)}>
                  {METRICS_CSV_GROUPINGS.map((grouping) => (
                    <option key={grouping} value={grouping}>
                      {GROUPING_LABELS[grouping]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {metricsErrors.formError && <FormAlert>{metricsErrors.formError}</FormAlert>}
            <div className="exchange-card__actions">
              <Button type="submit" busy={metrics.isPending}>
                {metrics.isPending ? 'Preparing…' : 'Download metrics (.csv)'}
              </Button>
            </div>
          </form>
        </article>
      </div>
    </section>
  )
}
