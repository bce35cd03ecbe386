import { useQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { Link } from 'wouter'
import type { Rep } from '../../../../shared/entities'
import { repMonthlySeries } from '../../../../shared/insightsSeries'
import { periodStory } from '../../../../shared/periodComparison'
import { previousPeriod } from '../../../../shared/printPeriod'
import { addDays } from '../../../../shared/isoWeek'
import { useApi } from '../../api/ApiProvider'
import { lazyNamed } from '../../lib/lazyNamed'
import { insightsMetricsQuery, type InsightsQuery } from '../insights/useInsights'

/** The chart (and Recharts with it) is a chunk of its own, loaded when this panel is drawn. */
const RepTrendChart = lazyNamed(() => import('./RepTrendChart'), 'RepTrendChart')

/** The rep's trend covers the Insights screen's default period: the last 12 months. */
const TREND_DAYS = 365

/**
 * How the rep is doing without the manager: self-sufficiency (1 − rescue rate, DOMAIN.md) month
 * by month over the last 12 months, and in words against the 12 months before — the same
 * comparison as the Insights headline and the printed report (shared/periodComparison.ts),
 * told about this rep. Reads the same metrics as Insights with the rep picked, so the two agree.
 */
export function RepTrend({ rep, today }: { rep: Rep; today: string }) {
  const api = useApi()
  const query: InsightsQuery = { from: addDays(today, -(TREND_DAYS - 1)), to: today, asOf: today, repId: rep.id }
  const current = useQuery(insightsMetricsQuery(api, query))
  const previous = useQuery(insightsMetricsQuery(api, { ...query, ...previousPeriod(query) }))
  const failure = current.error ?? previous.error
  return (
    <section className="card rep-panel rep-trend" aria-labelledby="rep-trend-heading" data-testid="rep-trend">
      <h2 id="rep-trend-heading">{rep.name} without you: the last 12 months</h2>
      {failure ? (
        <p role="alert">The trend could not be loaded: {failure.message}</p>
      ) : !current.data || !previous.data ? (
        <p role="status">Loading the trend…</p>
      ) : (
        <>
          <p className="rep-trend__story" data-testid="rep-trend-story">
            {periodStory(current.data.totals, previous.data.totals, current.data, rep.name).lead}
          </p>
          {current.data.totals.debriefed === 0 ? (
            <p className="muted">Nothing to draw yet: the chart shows, month by month, the share of debriefed calls {rep.name} handled without you.</p>
          ) : (
            <Suspense fallback={<p role="status">Drawing the chart…</p>}>
              <RepTrendChart series={repMonthlySeries(rep, current.data)} />
            </Suspense>
          )}
          <p className="rep-panel__lead">
            <Link href={`/insights?period=12m&rep=${encodeURIComponent(rep.id)}`}>All of {rep.name}’s figures in Insights</Link>
          </p>
        </>
      )}
    </section>
  )
}
