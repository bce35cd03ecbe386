import { useState } from 'react'
import { Link } from 'wouter'
import { ROLE_LABELS, STAKES_LABELS } from '../../../../shared/labels'
import type { MetricSet } from '../../../../shared/metrics'
import type { PeriodStory } from '../../../../shared/periodComparison'
import { percentText } from '../../../../shared/insightsSeries'
import { formatCount, formatDay, formatMoney } from '../../lib/format'
import { useCrutchCalls, type InsightsQuery } from './useInsights'
import { paths } from '../../app/paths'

/**
 * The manager's key question — how often did I play the crutch? — as the screen's first words:
 * this period against the one before (shared/periodComparison.ts, the printed report's own
 * comparison), then the count, with the calls themselves one click away.
 */
export function RescueHeadline({
  totals,
  story,
  query,
  periodLabel,
  currency,
}: {
  totals: MetricSet
  /** Null while the previous period is read. */
  story: PeriodStory | null
  query: InsightsQuery
  periodLabel: string
  currency: string
}) {
  const [open, setOpen] = useState(false)
  const calls = useCrutchCalls(query, open)
  const count = totals.rescues
  return (
    <section className="insights-headline" aria-labelledby="insights-headline-title">
      <h2 id="insights-headline-title" className="visually-hidden">
        Rescues
      </h2>
      <p className="insights-story" data-testid="insights-story">
        {story ? story.lead : 'Comparing with the period before…'}
      </p>
      {story && story.more.length > 0 && (
        <ul className="insights-story__more">
          {story.more.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="insights-headline__figure">
        <span className="insights-headline__count" data-testid="rescue-count">
          {formatCount(count)}
        </span>{' '}
        <span>
          {count === 1 ? 'time' : 'times'} you played the crutch — closed the deal yourself — {periodLabel.toLowerCase()}.
        </span>
      </p>
      <p className="insights-headline__detail">
        {totals.debriefed === 0
          ? 'No debriefed calls in this period.'
          : `That is ${percentText(totals.rescueRate)} of ${formatCount(totals.debriefed)} debriefed calls; ${formatCount(totals.avoidableRescues)} on everyday (sidewalk) deals, ${formatCount(totals.slips)} where you had planned another role.`}
      </p>
      {count > 0 && (
        <details className="insights-headline__calls" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{count === 1 ? 'Show that call' : `Show the ${formatCount(count)} calls`}</summary>
          {calls.isPending ? (
            <p role="status">Loading the calls…</p>
          ) : calls.isError ? (
            <p role="alert">The calls could not be loaded: {calls.error.message}</p>
          ) : (
            <>
              <ul className="insights-crutch-list">
                {calls.data.calls.map((call) => (
                  <li key={call.id}>
                    <Link href={paths.call(call.id)}>
                      {[call.account, call.opportunity].filter(Boolean).join(' — ') || 'Call without an account'}
                    </Link>{' '}
                    <span className="muted">
                      {formatDay(call.date, { weekday: false })} · {call.repName} · {formatMoney(call.dealValue, currency)} ·{' '}
                      {STAKES_LABELS[call.stakes]}
                      {call.plannedRole && call.plannedRole !== 'crutch' ? ` · planned ${ROLE_LABELS[call.plannedRole]}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
              {calls.data.total > calls.data.calls.length && (
                <p className="muted">
                  The newest {calls.data.calls.length} of {calls.data.total}. Narrow the period or pick a rep to see the rest.
                </p>
              )}
            </>
          )}
        </details>
      )}
    </section>
  )
}
