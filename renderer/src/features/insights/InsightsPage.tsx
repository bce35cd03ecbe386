import { useSearchParams } from 'wouter'
import { resolvePeriod, PERIOD_LABELS } from '../../../../shared/insightsPeriod'
import { useReps } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { formatDay, todayIso } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { PrintButtons } from '../print/PrintButtons'
import { InsightsCharts } from './InsightsCharts'
import { InsightsFilters } from './InsightsFilters'
import { viewFromParams, viewToParams, type InsightsView } from './insightsParams'
import { RescueHeadline } from './RescueHeadline'
import { useInsightsData, useJournalSpan, type InsightsQuery } from './useInsights'
import './insights.css'

export function InsightsPage() {
  useDocumentTitle('Insights')
  const [params, setParams] = useSearchParams()
  const view = viewFromParams(params)
  const today = todayIso()
  const span = useJournalSpan()
  const reps = useReps({ includeArchived: true })
  const settings = useSettings()
  const period = span.data ? resolvePeriod(view, today, span.data) : null
  const query: InsightsQuery | null = period && { ...period, asOf: today, repId: view.repId || undefined }
  const { metrics, charts } = useInsightsData(query)
  const setView = (next: InsightsView) => setParams(viewToParams(next))

  const customProblem =
    view.preset === 'custom' && span.data && period === null
      ? !view.from || !view.to
        ? 'Choose both days of the period.'
        : 'The period ends before it starts: put the earlier day first.'
      : null
  const failed = span.error ?? metrics.error ?? charts.error
  const updating = (metrics.isPlaceholderData || charts.isPlaceholderData) && (metrics.isFetching || charts.isFetching)

  return (
    <>
      <PageHeader
        title="Insights"
        description="How your coaching is going, from what you record before and after each joint call."
        actions={period && <PrintButtons view={{ kind: 'report', period, repId: view.repId || null }} />}
      />
      <InsightsFilters view={view} reps={reps.data ?? []} onChange={setView} customProblem={customProblem} />
      {period && (
        <p className="insights-period muted" aria-live="polite">
          {formatDay(period.from, { weekday: false })} to {formatDay(period.to, { weekday: false })}
          {updating ? ' — updating…' : ''}
        </p>
      )}
      {failed ? (
        <ErrorState
          title="Insights could not be loaded"
          message={failed.message}
          onRetry={() => {
            void span.refetch()
            void metrics.refetch()
            void charts.refetch()
          }}
          retrying={span.isFetching || metrics.isFetching || charts.isFetching}
        />
      ) : customProblem ? null : !query || !metrics.data || !charts.data ? (
        <LoadingState label="Adding up your journal…" />
      ) : (
        <div className="insights" data-testid="insights-ready" aria-busy={updating}>
          <RescueHeadline
            totals={metrics.data.totals}
            query={query}
            periodLabel={view.preset === 'custom' ? 'in this period' : PERIOD_LABELS[view.preset].replace(/^Last/, 'in the last').replace(/^All time/, 'over all time')}
            currency={settings.data?.currency ?? 'USD'}
          />
          <InsightsCharts metrics={metrics.data} charts={charts.data} currency={settings.data?.currency ?? 'USD'} />
        </div>
      )}
    </>
  )
}
