import { Link } from 'wouter'
import type { ActivityItem, ActivityKind } from '../../../../shared/coaching'
import { formatDay, formatInstant } from '../../lib/format'

const KIND_LABELS: Record<ActivityKind, string> = {
  call_created: 'Call added',
  prebrief_saved: 'Planned',
  debrief_completed: 'Debriefed',
  session_logged: 'Session',
}

function hrefOf(item: ActivityItem): string | null {
  if (item.sessionId) return `/sessions/${item.sessionId}`
  if (!item.callId) return null
  if (item.kind === 'prebrief_saved') return `/calls/${item.callId}/prebrief`
  if (item.kind === 'debrief_completed') return `/calls/${item.callId}/debrief`
  return `/calls/${item.callId}`
}

/** The core writes days as `2026-11-02`; on screen they read as the user's own dates. */
export function readableSummary(summary: string): string {
  return summary.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day, { weekday: false }))
}

/** The latest changes to the journal, newest first, each leading to what changed. */
export function RecentActivity({ items }: { items: readonly ActivityItem[] }) {
  return (
    <section className="card home-activity" aria-labelledby="home-activity-heading">
      <h2 id="home-activity-heading">Recent activity</h2>
      {items.length === 0 ? (
        <p className="home-list__empty">
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
                  {href ? <Link href={href}>{readableSummary(item.summary)}</Link> : readableSummary(item.summary)}
                  <span className="activity__meta">
                    <Link href={`/reps/${item.repId}`}>{item.repName}</Link> · <time dateTime={item.at}>{formatInstant(item.at)}</time>
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
