import { Link } from 'wouter'
import type { ActivityItem, ActivityKind } from '../../../../shared/coaching'
import { formatDay, formatInstant } from '../../lib/format'
import { daysBetween, relativeDay } from '../../lib/relativeDay'
import { paths } from '../../app/paths'
import '../../components/ListCard.css'

const KIND_LABELS: Record<ActivityKind, string> = {
  call_created: 'Call added',
  prebrief_saved: 'Planned',
  debrief_completed: 'Debriefed',
  session_logged: 'Session',
}

function hrefOf(item: ActivityItem): string | null {
  if (item.sessionId) return paths.session(item.sessionId)
  if (!item.callId) return null
  if (item.kind === 'prebrief_saved') return paths.call(item.callId, 'prebrief')
  if (item.kind === 'debrief_completed') return paths.call(item.callId, 'debrief')
  return paths.call(item.callId)
}

/** "call on Nov 2, 2026": which day the change is about, in the words of the rest of the app. */
export function aboutDay(item: Pick<ActivityItem, 'kind' | 'day'>, today: string): string {
  const what = item.kind === 'session_logged' ? 'session' : 'call'
  const diff = daysBetween(today, item.day)
  if (diff !== null && Math.abs(diff) <= 1) return `${what} ${relativeDay(item.day, today).toLowerCase()}`
  return `${what} on ${formatDay(item.day, { weekday: false })}`
}

/** The latest changes to the journal, newest first, each leading to what changed. */
export function RecentActivity({ items, today }: { items: readonly ActivityItem[]; today: string }) {
  return (
    <section className="card home-activity" aria-labelledby="home-activity-heading">
      <h2 id="home-activity-heading">Recent activity</h2>
      {items.length === 0 ? (
        <p className="list-card__empty">
          Nothing recorded yet. Calls you add, plans and debriefs you write and sessions you log will be listed here.
        </p>
      ) : (
        <ol className="activity">
          {items.map((item, index) => {
            const href = hrefOf(item)
            return (
              <li key={`${item.kind}-${item.callId ?? item.sessionId ?? ''}-${index}`} className="activity__item">
                <span className={`activity__kind activity__kind--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
                <span className="activity__text">
                  {href ? <Link href={href}>{item.summary}</Link> : item.summary}
                  <span className="activity__meta">
                    <Link href={paths.rep(item.repId)}>{item.repName}</Link> · <time dateTime={item.day}>{aboutDay(item, today)}</time> ·{' '}
                    <time dateTime={item.at}>{formatInstant(item.at)}</time>
                  </span>
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
