import { Link } from 'wouter'
import type { AwaitingDebrief } from '../../../../shared/coaching'
import type { CallSummary } from '../../../../shared/entities'
import { Badge } from '../../components/Badge'
import { buttonClass } from '../../components/Button'
import { formatCount, formatTime } from '../../lib/format'
import { daysBetween, relativeDay } from '../../lib/relativeDay'
import { callTitle } from '../calls/callForm'
import { StakesBadge } from '../calls/StakesBadge'
import { paths } from '../../app/paths'
import '../../components/ListCard.css'

/** When a call is, in words near to today: "Tomorrow, 2:30 PM". */
function when(call: CallSummary, today: string): string {
  const day = relativeDay(call.date, today)
  return call.time ? `${day}, ${formatTime(call.time)}` : day
}

/** Calls from today on with no pre-brief yet: each waits for its plan. */
export function UpcomingList({ calls, total, today }: { calls: readonly CallSummary[]; total: number; today: string }) {
  return (
    <section className="card list-card" aria-labelledby="home-upcoming-heading">
      <header className="list-card__header">
        <h2 id="home-upcoming-heading">Plan before the call</h2>
        <span className="list-card__count">{total === 0 ? 'Nothing to plan' : `${formatCount(total)} without a pre-brief`}</span>
      </header>
      {calls.length === 0 ? (
        <p className="list-card__empty">
          Every call coming up has a plan. When you add a joint call ahead, it waits here until you and the rep agree who
          leads each part and when you would step in.
        </p>
      ) : (
        <ul className="list-card__items">
          {calls.map((call) => (
            <li key={call.id} className="list-card__item" data-call-id={call.id}>
              <div className="list-card__main">
                <span className="home-item__when">{when(call, today)}</span>
                <Link href={paths.call(call.id)} className="list-card__title">
                  {callTitle(call)}
                </Link>
                <span className="home-item__meta">
                  with {call.repName} <StakesBadge stakes={call.effectiveStakes} />
                </span>
              </div>
              <Link href={paths.call(call.id, 'prebrief')} className={buttonClass('primary', 'sm')}>
                Plan it<span className="visually-hidden">: {callTitle(call)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {total > calls.length && (
        <p className="list-card__more">
          And {formatCount(total - calls.length)} more. <Link href="/calls">See all calls</Link>
        </p>
      )}
    </section>
  )
}

/** Held calls with no debrief; those more than a day old are flagged in words and with an icon. */
export function AwaitingDebriefList({
  calls,
  total,
  overdueTotal,
  today,
}: {
  calls: readonly AwaitingDebrief[]
  total: number
  overdueTotal: number
  today: string
}) {
  return (
    <section className="card list-card" aria-labelledby="home-debrief-heading">
      <header className="list-card__header">
        <h2 id="home-debrief-heading">Look back after the call</h2>
        <span className="list-card__count">
          {total === 0 ? 'All debriefed' : `${formatCount(total)} waiting${overdueTotal > 0 ? `, ${formatCount(overdueTotal)} overdue` : ''}`}
        </span>
      </header>
      {calls.length === 0 ? (
        <p className="list-card__empty">
          No call is waiting for a debrief. After each joint call, sit down with the rep within a day, while it is fresh:
          they speak first, then you agree one skill to practise.
        </p>
      ) : (
        <ul className="list-card__items">
          {calls.map((call) => {
            const ago = daysBetween(call.date, today)
            return (
              <li key={call.id} className={`list-card__item${call.overdue ? ' home-item--overdue' : ''}`} data-call-id={call.id}>
                <div className="list-card__main">
                  <span className="home-item__when">
                    {when(call, today)}
                    {call.overdue && (
                      <Badge tone="danger" title="More than 24 hours have passed since this call">
                        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" className="home-item__icon">
                          <path d="M8 1.5l7 12.5H1z" fill="currentColor" />
                          <path d="M8 6v3.5M8 11.5v.5" stroke="var(--color-danger-soft)" strokeWidth="1.6" strokeLinecap="round" />
                        </svg>
                        Overdue
                      </Badge>
                    )}
                  </span>
                  <Link href={paths.call(call.id)} className="list-card__title">
                    {callTitle(call)}
                  </Link>
                  <span className="home-item__meta">with {call.repName}</span>
                  {call.overdue && (
                    <span className="home-item__late">
                      {ago !== null && ago > 1 ? `Held ${ago} days ago: ` : ''}more than a day has passed since the call
                    </span>
                  )}
                </div>
                <span className="home-item__actions">
                  <Link href={paths.quickDebrief(call.id)} className={buttonClass(call.overdue ? 'primary' : 'secondary', 'sm')}>
                    Quick debrief<span className="visually-hidden">: {callTitle(call)}</span>
                  </Link>
                  <Link href={paths.call(call.id, 'debrief')} className={buttonClass('ghost', 'sm')}>
                    Debrief it<span className="visually-hidden"> in full: {callTitle(call)}</span>
                  </Link>
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {total > calls.length && (
        <p className="list-card__more">
          And {formatCount(total - calls.length)} more. <Link href="/calls">See all calls</Link>
        </p>
      )}
    </section>
  )
}
