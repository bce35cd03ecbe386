import { useSearchParams } from 'wouter'
import { DRILL_TYPE_LABELS, OUTCOME_LABELS, ROLE_LABELS, SESSION_KIND_LABELS, STAKES_LABELS } from '../../../../shared/labels'
import { RESCUE_ROLE, SESSION_KINDS } from '../../../../shared/domain'
import type { RepSheet } from '../../../../shared/print'
import { periodFromQuery } from '../../../../shared/printRoutes'
import { isApiError } from '../../api/errors'
import { formatDay, formatMoney } from '../../lib/format'
import { formatMonth, formatPeriod, formatRate } from './printFormat'
import { PrintDocument, PrintMessage } from './PrintDocument'
import { Figure, RuledNotes, TickBoxes } from './SheetParts'
import { useRepSheet } from './usePrintData'
import { useIdParam } from '../../app/paths'

/** `#/print/rep/<repId>[?from=&to=]`: what to talk about in a one-on-one with one rep. */
export function RepSheetPage() {
  const repId = useIdParam('repId')
  const [params] = useSearchParams()
  const period = periodFromQuery(params)
  const sheet = useRepSheet({ repId, ...(period ?? {}) })
  if (sheet.isPending) return <PrintMessage title="Preparing the one-on-one sheet…" />
  if (sheet.isError) {
    const missing = isApiError(sheet.error) && sheet.error.code === 'NOT_FOUND'
    return (
      <PrintMessage title={missing ? 'This rep is not in your journal' : 'The one-on-one sheet could not be made'} failed>
        {sheet.error.message}
      </PrintMessage>
    )
  }
  return <RepSheetView sheet={sheet.data} />
}

function RepSheetView({ sheet }: { sheet: RepSheet }) {
  const { rep, totals } = sheet
  const period = formatPeriod(sheet.period)
  const sessions = SESSION_KINDS.reduce((sum, kind) => sum + totals.sessions[kind], 0)
  const selfSufficiency = totals.rescueRate === null ? null : 1 - totals.rescueRate

  return (
    <PrintDocument
      paperSize={sheet.paperSize}
      running={{ topLeft: `Coachbook · One-on-one with ${rep.name}`, topRight: period }}
      title={`One-on-one — ${rep.name} — ${sheet.period.from} to ${sheet.period.to}`}
      laidOut
      layout="flow"
    >
      <header>
        <h1>One-on-one with {rep.name}</h1>
        <p className="print-meta">
          {rep.title && <span>{rep.title}</span>}
          {rep.startedOn && <span>Started {formatDay(rep.startedOn, { weekday: false })}</span>}
          <span>
            Period: <strong>{period}</strong>
          </span>
        </p>
      </header>

      <div className="print-figures">
        <Figure value={String(totals.calls)} label="Joint calls" />
        <Figure value={`${totals.rescues} of ${totals.debriefed}`} label="Debriefed calls I took over" />
        <Figure value={formatRate(selfSufficiency)} label="Self-sufficiency" />
        <Figure value={String(sessions)} label="Coaching sessions" />
      </div>

      <div className="print-columns">
        <section className="print-avoid-break">
          <h2>Skills still to drill</h2>
          {sheet.openSkills.length === 0 ? (
            <p className="print-muted">Nothing open.</p>
          ) : (
            <ul className="print-questions">
              {sheet.openSkills.map((skill) => (
                <li key={skill.skill}>
                  <strong>{skill.skill}</strong>
                  {skill.drillType && ` — ${DRILL_TYPE_LABELS[skill.drillType]}`}
                  {`, ${skill.done} of ${skill.target} repetitions so far`}
                  {/* A box for each repetition still to go, to tick in the one-on-one. */}
                  {skill.target > skill.done && <TickBoxes count={skill.target - skill.done} />}
                  <br />
                  <span className="print-muted">since {formatDay(skill.openedOn, { weekday: false })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="print-avoid-break">
          <h2>Trend by month</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">Debriefed</th>
                <th scope="col" className="num">Rescues</th>
                <th scope="col" className="num">Rescue rate</th>
                <th scope="col" className="num">Asking</th>
              </tr>
            </thead>
            <tbody>
              {sheet.trend.map((month) => (
                <tr key={month.month}>
                  <th scope="row" className="nowrap">{formatMonth(month.month)}</th>
                  <td className="num">{month.debriefed}</td>
                  <td className="num">{month.rescues}</td>
                  <td className="num">{formatRate(month.rescueRate)}</td>
                  <td className="num">{formatRate(month.askShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section>
        <h2>Lessons from lost deals</h2>
        {sheet.lostDealLessons.length === 0 ? (
          <p className="print-muted">No lost deal with a lesson in this period.</p>
        ) : (
          <ul className="print-questions">
            {sheet.lostDealLessons.map((lesson) => (
              <li key={lesson.callId} className="print-avoid-break">
                <strong>{[lesson.account, lesson.opportunity].filter(Boolean).join(' — ') || 'A call'}</strong> (
                {formatDay(lesson.date, { weekday: false })}): {lesson.lesson}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2>Recent calls and the role I played</h2>
        {sheet.calls.length === 0 ? (
          <p className="print-muted">No joint calls in this period.</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Call</th>
                <th scope="col" className="num">Deal value</th>
                <th scope="col">Stakes</th>
                <th scope="col">Planned role</th>
                <th scope="col">Role played</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {sheet.calls.map((call) => (
                <tr key={call.id}>
                  <td className="nowrap">{formatDay(call.date, { weekday: false })}</td>
                  <td>{[call.account, call.opportunity].filter(Boolean).join(' — ') || '—'}</td>
                  <td className="num">{formatMoney(call.dealValue, sheet.currency)}</td>
                  <td>{STAKES_LABELS[call.stakes]}</td>
                  <td>{call.plannedRole ? ROLE_LABELS[call.plannedRole] : '—'}</td>
                  <td>
                    {call.actualRole ? ROLE_LABELS[call.actualRole] : '—'}
                    {call.actualRole === RESCUE_ROLE && <strong> (rescue)</strong>}
                  </td>
                  <td>{call.outcome ? OUTCOME_LABELS[call.outcome].replace(/ \(.*\)$/, '') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {sheet.callsTotal > sheet.calls.length && (
          <p className="print-muted">The newest {sheet.calls.length} of {sheet.callsTotal} calls.</p>
        )}
      </section>

      <section>
        <h2>Coaching sessions</h2>
        {sheet.sessions.length === 0 ? (
          <p className="print-muted">No coaching sessions in this period.</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Skill</th>
                <th scope="col" className="num">Minutes</th>
              </tr>
            </thead>
            <tbody>
              {sheet.sessions.map((session) => (
                <tr key={session.id}>
                  <td className="nowrap">{formatDay(session.date, { weekday: false })}</td>
                  <td>{SESSION_KIND_LABELS[session.kind]}</td>
                  <td>{session.skill ?? '—'}</td>
                  <td className="num">{session.minutes ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {sheet.sessionsTotal > sheet.sessions.length && (
          <p className="print-muted">The newest {sheet.sessions.length} of {sheet.sessionsTotal} sessions.</p>
        )}
      </section>

      <div className="print-avoid-break print-notes--flow">
        <RuledNotes title="Notes" lines={8} />
      </div>
    </PrintDocument>
  )
}
