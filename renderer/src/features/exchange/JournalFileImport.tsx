import { useEffect, useMemo, useState } from 'react'
import type { ImportCounts, ImportPreview } from '../../../../shared/contract'
import { newerInJournal } from '../../../../shared/importSummary'
import { Button } from '../../components/Button'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { Table } from '../../components/Table'
import { formatDay } from '../../lib/format'
import { StepHeading, Steps } from './Steps'
import { useJournalImport, useJournalPreview } from './useExchange'
import type { LoadedFile } from './ImportWizard'

const STEPS = ['Choose a file', 'Check what changes', 'Done']
const KINDS = [
  ['reps', 'Reps'],
  ['calls', 'Calls'],
  ['prebriefs', 'Pre-briefs'],
  ['debriefs', 'Debriefs'],
  ['sessions', 'Coaching sessions'],
] as const

type FirstCall = { id: string; date: string; rep: string; account: string }

/** The first calls of a journal file, read here only to show them; the core checks the file. */
function firstCalls(text: string): FirstCall[] {
  try {
    const file = JSON.parse(text.replace(/^\uFEFF/, '')) as { reps?: unknown; calls?: unknown }
    const reps = new Map<string, string>()
    if (Array.isArray(file.reps)) {
      for (const rep of file.reps as { id?: unknown; name?: unknown }[]) {
        if (typeof rep.id === 'string' && typeof rep.name === 'string') reps.set(rep.id, rep.name)
      }
    }
    if (!Array.isArray(file.calls)) return []
    return (file.calls as Record<string, unknown>[]).slice(0, 10).map((call, index) => {
      const text = (key: string) => {
        const value = call[key]
        return typeof value === 'string' ? value : ''
      }
      return { id: text('id') || String(index), date: text('date'), rep: reps.get(text('repId')) ?? text('repId'), account: text('account') || text('opportunity') }
    })
  } catch {
    return []
  }
}

function CountsTable({ counts, caption }: { counts: ImportPreview; caption: string }) {
  const cell = (c: ImportCounts, key: keyof ImportCounts) => <td className="num">{c[key]}</td>
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col" className="num">New</th>
          <th scope="col" className="num">Changed</th>
          <th scope="col" className="num">Unchanged</th>
          <th scope="col" className="num">Newer in your journal</th>
        </tr>
      </thead>
      <tbody>
        {KINDS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            {cell(counts[key], 'added')}
            {cell(counts[key], 'updated')}
            {cell(counts[key], 'unchanged')}
            {cell(counts[key], 'newerInJournal')}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function newerCount(count: number): string {
  return count === 1 ? '1 record' : `${count} records`
}

/** A Coachbook journal file: what it would add and change, then the import, all or nothing. */
export function JournalFileImport({ file, onRestart }: { file: LoadedFile; onRestart: () => void }) {
  const preview = useJournalPreview()
  const apply = useJournalImport()
  const { mutate } = preview
  useEffect(() => {
    mutate(file.text)
  }, [mutate, file.text])
  const calls = useMemo(() => firstCalls(file.text), [file.text])
  // Records changed in the journal after the file's version are kept unless this is ticked.
  const [takeFileVersions, setTakeFileVersions] = useState(false)

  if (apply.isSuccess) {
    const s = apply.data
    return (
      <div className="import-step">
        <Steps steps={STEPS} current={2} />
        <StepHeading stepKey="done">Journal file imported</StepHeading>
        <p role="status">
          Added {s.reps.added + s.calls.added + s.sessions.added} records and updated {s.reps.updated + s.calls.updated + s.sessions.updated}
          {s.takesSettings ? '; the settings came from the file.' : '.'}
          {newerInJournal(s) > 0 &&
            (s.tookFileVersions
              ? ` ${newerCount(newerInJournal(s))} newer in your journal now hold the file’s older version, as you chose.`
              : ` ${newerCount(newerInJournal(s))} newer in your journal kept their newer version.`)}
        </p>
        <CountsTable counts={s} caption="What the import did" />
        <div className="import-step__actions">
          <Button onClick={onRestart}>Import another file</Button>
        </div>
      </div>
    )
  }

  return (
    <div className="import-step">
      <Steps steps={STEPS} current={1} />
      <StepHeading stepKey="preview">Check what changes</StepHeading>
      {preview.isPending || preview.isIdle ? (
        <LoadingState label="Reading the journal file…" />
      ) : preview.isError ? (
        <>
          <FormAlert>
            <strong>This file cannot be imported.</strong> {preview.error.message}
          </FormAlert>
          <p className="muted">Nothing was changed in your journal.</p>
          <div className="import-step__actions">
            <Button onClick={onRestart}>Choose another file</Button>
          </div>
        </>
      ) : (
        <>
          <p>
            Records are matched by their id: new ones are added, records the file holds in a newer version are updated, and
            records that are the same are left alone. A record changed in your journal after the file’s version is kept as it is.
            {preview.data.takesSettings ? ' Your journal is empty, so it also takes the file’s settings.' : ''}
          </p>
          <CountsTable counts={preview.data} caption="What importing this file would do" />
          {newerInJournal(preview.data) > 0 && (
            <div className="import-step__newer">
              <p role="status">
                <strong>
                  {newerCount(newerInJournal(preview.data))} in your journal {newerInJournal(preview.data) === 1 ? 'is' : 'are'} newer than
                  in this file
                </strong>{' '}
                (changed after {preview.data.exportedAt ? `the file was written on ${formatDay(preview.data.exportedAt.slice(0, 10))}` : 'the file’s version'}).
                They are kept: importing does not turn them back.
              </p>
              <label className="choice">
                <input type="checkbox" checked={takeFileVersions} onChange={(event) => setTakeFileVersions(event.target.checked)} />
                Replace them with the file’s older versions instead
              </label>
            </div>
          )}
          {KINDS.every(([key]) => preview.data[key].added + preview.data[key].updated === 0) && !preview.data.takesSettings && (
            <p role="status">Everything in this file is already in your journal, exactly as it is: importing it changes nothing.</p>
          )}
          {calls.length > 0 && (
            <>
              <h4 className="import-step__subheading">First calls in the file</h4>
              <Table caption="First calls in the file">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Rep</th>
                    <th scope="col">Account</th>
                  </tr>
                </thead>
                <tbody>
                  {calls.map((call) => (
                    <tr key={call.id}>
                      <td className="nowrap">{formatDay(call.date, { weekday: false })}</td>
                      <td>{call.rep}</td>
                      <td>{call.account}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
          {apply.isError && <FormAlert>{apply.error.message} Nothing was changed in your journal.</FormAlert>}
          <div className="import-step__actions">
            <Button onClick={onRestart}>Cancel</Button>
            <Button variant="primary" busy={apply.isPending} onClick={() => apply.mutate({ text: file.text, takeFileVersions })}>
              {apply.isPending ? 'Importing…' : 'Import journal file'}
            </Button>
          </div>
        </>
      )}
    </div>
  )
}
