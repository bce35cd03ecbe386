import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { Api } from '../../../../shared/api'
import { SIDEWALK_LESSONS_SHOWN } from '../../../../shared/insightsLimits'
import { useState } from 'react'
import { previousPeriod } from '../../../../shared/printPeriod'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import type { InsightsQuery } from './insightsQuery'

/** Cache keys of the Insights screen; every write to the journal marks them stale (invalidate.ts). */
export const insightsKeys = {
  span: ['insights', 'span'] as const,
  metrics: (query: InsightsQuery) => ['insights', 'metrics', query] as const,
  charts: (query: InsightsQuery) => ['insights', 'charts', query] as const,
  crutchCalls: (query: InsightsQuery) => ['insights', 'crutchCalls', query] as const,
  sidewalkLessons: (query: InsightsQuery) => ['insights', 'sidewalkLessons', query] as const,
}

export { insightsQueryOf, type InsightsQuery } from './insightsQuery'

/** The screen's reads, shared by its hooks and the first screen's reads at boot (app/firstScreen.ts). */
export const journalSpanQuery = (api: Api) => queryOptions({ queryKey: insightsKeys.span, queryFn: () => unwrap(api.insights.span({})) })
export const insightsMetricsQuery = (api: Api, query: InsightsQuery) =>
  queryOptions({ queryKey: insightsKeys.metrics(query), queryFn: () => unwrap(api.insights.metrics(query)) })
export const insightsChartsQuery = (api: Api, query: InsightsQuery) =>
  queryOptions({ queryKey: insightsKeys.charts(query), queryFn: () => unwrap(api.insights.charts(query)) })
/** The lessons the screen lists (the newest SIDEWALK_LESSONS_SHOWN), read at boot with the figures. */
export const sidewalkLessonsQuery = (api: Api, query: InsightsQuery) =>
  queryOptions({
    queryKey: insightsKeys.sidewalkLessons(query),
    queryFn: () => unwrap(api.insights.sidewalkLessons({ ...query, limit: SIDEWALK_LESSONS_SHOWN })),
  })

export function useJournalSpan() {
  const api = useApi()
  return useQuery(journalSpanQuery(api))
}

/**
 * The two reads behind every chart for one period and rep: the metrics report and the chart
 * data. While a new period loads, the previous figures stay on screen (marked as updating).
 */
export function useInsightsData(query: InsightsQuery | null) {
  const api = useApi()
  const enabled = query !== null
  const metrics = useQuery({ ...insightsMetricsQuery(api, query ?? emptyQuery), enabled, placeholderData: keepPreviousData })
  const charts = useQuery({ ...insightsChartsQuery(api, query ?? emptyQuery), enabled, placeholderData: keepPreviousData })
  return { metrics, charts }
}

/**
 * The metrics of the period of equal length before the one shown, for the headline's comparison
 * (shared/periodComparison.ts, as the printed report). The same cache entry as a view of exactly
 * those days would use.
 */
export function usePreviousMetrics(query: InsightsQuery | null) {
  const api = useApi()
  const previous = query && { ...query, ...previousPeriod(query) }
  return useQuery({ ...insightsMetricsQuery(api, previous ?? emptyQuery), enabled: previous !== null, placeholderData: keepPreviousData })
}

/** The lost sidewalk deals of the period that became lessons (docs/metrics-story.md). */
export function useSidewalkLessons(query: InsightsQuery | null) {
  const api = useApi()
  return useQuery({ ...sidewalkLessonsQuery(api, query ?? emptyQuery), enabled: query !== null, placeholderData: keepPreviousData })
}

type Answer<T> = { data: T | undefined; isPlaceholderData: boolean }

/**
 * The two answers the screen draws, always from one query: a new pair only once both answers of
 * the new query are in, so the charts are redrawn once per period change — never with new
 * metrics beside old chart data — and the previous pair stays on screen meanwhile. Null until
 * the first pair is in.
 */
export function useShownPair<A, B>(first: Answer<A>, second: Answer<B>): { first: A; second: B } | null {
  const [shown, setShown] = useState<{ first: A; second: B } | null>(null)
  const { data: a } = first
  const { data: b } = second
  if (a === undefined || b === undefined || first.isPlaceholderData || second.isPlaceholderData) return shown
  if (shown?.first === a && shown.second === b) return shown
  const next = { first: a, second: b }
  // Adjusting state while rendering (React's pattern for state derived from changing input).
  setShown(next)
  return next
}

/** The period's rescues, fetched only once the list is opened. */
export function useCrutchCalls(query: InsightsQuery, open: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: insightsKeys.crutchCalls(query),
    queryFn: () => unwrap(api.insights.crutchCalls({ from: query.from, to: query.to, asOf: query.asOf, repId: query.repId, limit: 200 })),
    enabled: open,
  })
}

const emptyQuery: InsightsQuery = { from: '1970-01-01', to: '1970-01-01', asOf: '1970-01-01' }
