import { useSearchParams } from 'wouter'
import {
  OUTCOME_LABELS,
  ROLE_LABELS,
  STAKES_LABELS,
} from '../../../../shared/labels'
import { SESSION_KINDS } from '../../../../shared/domain'
import type { ProgressReport } from '../../../../shared/print'
import { headlineFigures, periodStory } from '../../../../shared/periodComparison'
import { periodFromQuery } from '../../../../shared/printRoutes'
import { formatDay, formatMoney } from '../../lib/format'
import { formatChange, formatFigure, formatPeriod, formatRate } from './printFormat'
import { PrintDocument, PrintMessage } from './PrintDocument'
import { ReportCharts } from './ReportCharts'
import { Figure } from './SheetParts'
import { useProgressReport } from './usePrintData'

/** `#/print/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&rep=<id>]`: the progress report. */
export function ReportPage() {
  const [params] = useSearchParams()
  const period = periodFromQuery(params)
  const rep = params.get('rep')
  if (!period) {
    return (
      <PrintMessage title="Choose a period for the report" failed>
        The address needs a start and an end day in order, e.g. ?from=2026-01-01&amp;to=2026-03-31.
      </PrintMessage>
    )
  }
  return <ReportLoader input={{ ...period, ...(rep ? { repId: rep } : {}) }} />
}

function ReportLoader({ input }: { input: { from: string; to: string; repId?: string } }) {
  const report = useProgressReport(input)
  if (report.error) {
    return (
      <PrintMessage title="The progress report could not be made" failed>
        {report.error.message}
      </PrintMessage>
    )
  }
  if (!report.isSuccess) return <PrintMessage title="Preparing the progress report…" />
  return <ReportView report={report.data} />
}

const VERDICT_WORDS = { better: 'better', worse: 'worse', same: 'unchanged' } as const

function ReportView({ report }: { report: ProgressReport }) {
  const headlines = headlineFigures(report.current.totals, report.previous)
  // The same words as the Insights screen's headline (shared/periodComparison.ts).
  const story = periodStory(report.current.totals, report.previous, report.period, report.rep?.name)
  const scope = report.rep ? report.rep.name : 'Whole team'
  const period = formatPeriod(report.period)

  return (
    <PrintDocument
      paperSize={report.paperSize}
      running={{ topLeft: `Coachbook progress report · ${scope}`, topRight: period }}
      title={`Progress report — ${scope} — ${report.period.from} to ${report.period.to}`}
      laidOut
      layout="flow"
    >
      <header>
        <h1>Progress report</h1>
        <p className="print-meta">
          <span>
            <strong>{scope}</strong>
          </span>
          <span>
            Period: <strong>{period}</strong>
          </span>
          <span>Compared with {formatPeriod(report.previousPeriod)}</span>
        </p>
      </header>

      <p className="print-story" data-testid="report-story">
        {[story.lead, ...story.more].join(' ')}
      </p>

      <div className="print-figures">
        {headlines
          .filter((h) => ['rescues', 'rescueRate', 'avoidableRescues', 'askShare'].includes(h.key))
          .map((h) => (
            <Figure
              key={h.key}
              value={formatFigure(h.kind, h.current)}
              label={h.label}
              change={h.verdict ? `${formatChange(h)} vs before (${VERDICT_WORDS[h.verdict]})` : 'nothing to compare'}
            />
          ))}
      </div>

      <section className="print-avoid-break">
        <h2>Headline figures</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">This period</th>
              <th scope="col" className="num">Previous period</th>
              <th scope="col" className="num">Change</th>
              <th scope="col">Reads as</th>
            </tr>
          </thead>
          <tbody>
            {headlines.map((h) => (
              <tr key={h.key}>
                <th scope="row">{h.label}</th>
                <td className="num">{formatFigure(h.kind, h.current)}</td>
                <td className="num">{formatFigure(h.kind, h.previous)}</td>
                <td className="num">{formatChange(h)}</td>
                <td>{h.verdict ? VERDICT_WORDS[h.verdict] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>Charts</h2>
        <ReportCharts report={report} />
      </section>

      <section>
        <h2>Rescues (role #4)</h2>
        {report.rescues.length === 0 ? (
          <p className="print-muted">No rescues in this period.</p>
        ) : (
          <table className="print-table print-table--dense">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Rep</th>
                <th scope="col">Call</th>
                <th scope="col" className="num">Deal value</th>
                <th scope="col">Stakes</th>
                <th scope="col">Planned</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {report.rescues.map((rescue) => (
                <tr key={rescue.callId}>
                  <td className="nowrap">{formatDay(rescue.date, { weekday: false })}</td>
                  <td>{rescue.repName}</td>
                  <td>{[rescue.account, rescue.opportunity].filter(Boolean).join(' — ') || '—'}</td>
                  <td className="num">{formatMoney(rescue.dealValue, report.currency)}</td>
                  <td>{rescue.stakes === 'sidewalk' ? <strong>{STAKES_LABELS.sidewalk} (avoidable)</strong> : STAKES_LABELS.interstate}</td>
                  <td>{rescue.plannedRole ? ROLE_LABELS[rescue.plannedRole] : '—'}</td>
                  <td>{rescue.outcome ? OUTCOME_LABELS[rescue.outcome].replace(/ \(.*\)$/, '') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {report.rescuesTotal > report.rescues.length && (
          <p className="print-muted">
            The first {report.rescues.length} of {report.rescuesTotal} rescues.
          </p>
        )}
      </section>

      <section>
        <h2>By rep</h2>
        {report.current.byRep.length === 0 ? (
          <p className="print-muted">No calls or sessions in this period.</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col" className="num">Calls</th>
                <th scope="col" className="num">Debriefed</th>
                <th scope="col" className="num">Rescues</th>
                <th scope="col" className="num">Avoidable</th>
                <th scope="col" className="num">Self-sufficiency</th>
                <th scope="col" className="num">Asking</th>
                <th scope="col" className="num">Kept to plan</th>
                <th scope="col" className="num">Sessions</th>
              </tr>
            </thead>
            <tbody>
              {report.current.byRep.map((rep) => (
                <tr key={rep.repId}>
                  <th scope="row">
                    {rep.repName}
                    {rep.archived && ' (archived)'}
                  </th>
                  <td className="num">{rep.calls}</td>
                  <td className="num">{rep.debriefed}</td>
                  <td className="num">{rep.rescues}</td>
                  <td className="num">{rep.avoidableRescues}</td>
                  <td className="num">{formatRate(rep.selfSufficiency)}</td>
                  <td className="num">{formatRate(rep.askShare)}</td>
                  <td className="num">{formatRate(rep.planAdherence)}</td>
                  <td className="num">{SESSION_KINDS.reduce((sum, kind) => sum + rep.sessions[kind], 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </PrintDocument>
  )
}
