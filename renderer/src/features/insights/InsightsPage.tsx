import { useSearchParams } from 'wouter'
import { resolveFixedPeriod, resolvePeriod, PERIOD_LABELS } from '../../../../shared/insightsPeriod'
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
import { periodStory } from '../../../../shared/periodComparison'
import { useDemoStatus } from '../firstRun/useFirstRun'
import { insightsViewKey, viewFromParams, viewToParams, type InsightsView } from './insightsParams'
import { readRememberedPeriod, rememberPeriod } from './rememberedPeriod'
import { RescueHeadline } from './RescueHeadline'
import { SidewalkLessons } from './SidewalkLessons'
import { insightsQueryOf, useInsightsData, useJournalSpan, usePreviousMetrics, useShownPair, useSidewalkLessons } from './useInsights'
import './insights.css'

export function InsightsPage() {
  useDocumentTitle('Insights')
  const [params, setParams] = useSearchParams()
  // Without a period in the address, the one chosen last in this journal (the demo keeps its own).
  const journal = useDemoStatus().data?.open ? 'demo' : 'journal'
  const view = viewFromParams(params, readRememberedPeriod(journal))
  const today = todayIso()
  const span = useJournalSpan()
  const reps = useReps({ includeArchived: true })
  const settings = useSettings()
  // A preset of fixed length needs nothing from the journal: its reads start with the span's.
  const period = span.data ? resolvePeriod(view, today, span.data) : resolveFixedPeriod(view, today)
  const query = insightsQueryOf(period, today, view)
  const { metrics, charts } = useInsightsData(query)
  const shown = useShownPair(metrics, charts)
  const previous = usePreviousMetrics(query)
  // The lessons' list stands above the charts. Drawn before it came, the charts near the top were
  // drawn (LazyChart draws what is near the viewport) only to be pushed down and dropped a moment
  // later: a long task of 0.6–1 s on a busy machine, once the first reads were sent before the
  // bundle ran and could come back in any order. So the figures wait for the lessons' first answer
  // (the same read as the list's, SidewalkLessons); a period change keeps the previous ones meanwhile.
  const lessons = useSidewalkLessons(query)
  const setView = (next: InsightsView) => {
    rememberPeriod(journal, next)
    setParams(viewToParams(next))
  }
  // The comparison is drawn only beside the figures of its own period, never an older one.
  const previousShown =
    previous.data && !previous.isPlaceholderData && shown && query && shown.first.from === query.from && shown.first.to === query.to
      ? previous.data
      : null

  const customProblem =
    view.preset === 'custom' && span.data && period === null
      ? !view.from || !view.to
        ? 'Choose both days of the period.'
        : 'The period ends before it starts: put the earlier day first.'
      : null
  const failed = span.error ?? metrics.error ?? charts.error ?? previous.error
  const updating = (metrics.isPlaceholderData || charts.isPlaceholderData) && (metrics.isFetching || charts.isFetching)
  // Readiness for tools (npm run bench, e2e): set, to the view's key, in the very commit that
  // renders this view's own data — absent while older figures stand in or a read is on its way.
  const settled =
    shown !== null &&
    shown.first === metrics.data &&
    shown.second === charts.data &&
    !metrics.isPlaceholderData &&
    !charts.isPlaceholderData &&
    !metrics.isFetching &&
    !charts.isFetching &&
    previousShown !== null &&
    !previous.isFetching
  const currency = settings.data?.currency ?? 'USD'

  return (
    <>
      <PageHeader
        title="Insights"
        description="How your coaching is going, from what you record before and after each joint call."
        actions={period && <PrintButtons view={{ kind: 'report', period, repId: view.repId || null }} />}
      />
      <InsightsFilters view={view} reps={reps.data ?? []} onChange={setView} customProblem={customProblem} period={period} />
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
            void previous.refetch()
          }}
          retrying={span.isFetching || metrics.isFetching || charts.isFetching || previous.isFetching}
        />
      ) : customProblem ? null : !query || !shown || lessons.isPending ? (
        <LoadingState label="Adding up your journal…" />
      ) : (
        <div
          className="insights"
          data-testid="insights-ready"
          data-insights-ready={settled ? insightsViewKey(view) : undefined}
          aria-busy={updating}
        >
          <RescueHeadline
            totals={shown.first.totals}
            story={
              previousShown &&
              periodStory(shown.first.totals, previousShown.totals, shown.first, reps.data?.find((rep) => rep.id === view.repId)?.name)
            }
            query={query}
            periodLabel={view.preset === 'custom' ? 'in this period' : PERIOD_LABELS[view.preset].replace(/^Last/, 'in the last').replace(/^All time/, 'over all time')}
            currency={currency}
          />
          <SidewalkLessons query={query} currency={currency} />
          <InsightsCharts metrics={shown.first} charts={shown.second} currency={currency} />
        </div>
      )}
    </>
  )
}
