import { Link } from 'wouter'
import type { TimelineEntry } from '../../../../shared/coaching'
import { RESCUE_ROLE, type Outcome, type Role } from '../../../../shared/domain'
import { OUTCOME_LABELS, ROLE_LABELS, SESSION_KIND_LABELS } from '../../../../shared/labels'
import { Badge } from '../../components/Badge'
import { Table } from '../../components/Table'
import { formatDay, formatTime } from '../../lib/format'
import { callTitle } from '../calls/callForm'
import { formatMinutes } from '../sessions/sessionForm'
import { paths } from '../../app/paths'

export type RepTimelineProps = {
  entries: readonly TimelineEntry[]
  total: number
  repName: string
  today: string
}

/** Calls and coaching sessions with one rep, newest first, one compact row each. */
export function RepTimeline({ entries, total, repName, today }: RepTimelineProps) {
  return (
    <>
      <Table caption={`Calls with ${repName} and coaching sessions, newest first`}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Entry</th>
            <th scope="col">Role: planned → played</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) =>
            entry.kind === 'call' ? (
              <tr key={`call-${entry.call.id}`} data-call-id={entry.call.id} className={entry.call.cancelled ? 'is-cancelled' : undefined}>
                <td className="nowrap">
                  {formatDay(entry.date, { weekday: false })}
                  {entry.call.time && <span className="table__secondary">{formatTime(entry.call.time)}</span>}
                </td>
                <th scope="row">
                  <span className="timeline__entry">
                    <Badge tone="info">Call</Badge>
                    <Link href={paths.call(entry.call.id)} className="table__primary">
                      {callTitle(entry.call)}
                    </Link>
                    {entry.call.cancelled && <Badge tone="danger">Cancelled</Badge>}
                  </span>
                </th>
                <td>
                  <RolePath planned={entry.call.plannedRole} actual={entry.call.actualRole} upcoming={entry.call.date > today} />
                </td>
                <td>
                  <OutcomeText outcome={entry.call.outcome} debriefed={entry.call.actualRole !== null} upcoming={entry.call.date > today} />
                </td>
              </tr>
            ) : (
              <tr key={`session-${entry.session.id}`} data-session-id={entry.session.id}>
                <td className="nowrap">{formatDay(entry.date, { weekday: false })}</td>
                <th scope="row">
                  <span className="timeline__entry">
                    <Badge tone="success">Session</Badge>
                    <Link href={paths.session(entry.session.id)} className="table__primary">
                      {SESSION_KIND_LABELS[entry.session.kind]}
                      {entry.session.skill ? ` — ${entry.session.skill}` : ''}
                    </Link>
                  </span>
                </th>
                <td className="muted">Coaching session</td>
                <td className="muted">{entry.session.minutes === null ? '' : formatMinutes(entry.session.minutes)}</td>
              </tr>
            ),
          )}
        </tbody>
      </Table>
      {total > entries.length && (
        <p className="list-footer">
          Showing the newest {entries.length} of {total} entries.
        </p>
      )}
    </>
  )
}

/** "Technical expert → Crutch (rescue)"; a rescue is said in words, not only in colour. */
export function RolePath({ planned, actual, upcoming }: { planned: Role | null; actual: Role | null; upcoming: boolean }) {
  const plannedText = planned ? ROLE_LABELS[planned] : 'No plan'
  const actualText = actual ? ROLE_LABELS[actual] : upcoming ? 'not held yet' : 'not debriefed'
  return (
    <span className="role-path">
      <span className={planned ? undefined : 'muted'}>{plannedText}</span>
      <span aria-hidden="true" className="role-path__arrow">
        {' → '}
      </span>
      <span className="visually-hidden">, played: </span>
      <span className={actual === RESCUE_ROLE ? 'role-summary__line--rescue' : actual ? undefined : 'muted'}>
        {actualText}
        {actual === RESCUE_ROLE && ' (rescue)'}
      </span>
    </span>
  )
}

function OutcomeText({ outcome, debriefed, upcoming }: { outcome: Outcome | null; debriefed: boolean; upcoming: boolean }) {
  if (outcome) return <span>{OUTCOME_LABELS[outcome].replace(/ \(.*\)$/, '')}</span>
  if (upcoming) return <span className="muted">Coming up</span>
  return <span className="muted">{debriefed ? 'Not recorded' : '—'}</span>
}
