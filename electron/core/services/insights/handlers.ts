import type { Handlers } from '../../../../shared/contract'
import type { CoreContext } from '../../context'
import { createChartsService } from './charts'
import { createInsightsService } from './metrics'

export function insightsHandlers(ctx: CoreContext): Handlers['insights'] {
  const insights = createInsightsService(ctx.db)
  const charts = createChartsService(ctx.db)
  return {
    metrics: (query) => insights.metrics(query),
    charts: (query) => charts.charts(query),
    crutchCalls: (query) => charts.crutchCalls(query),
    sidewalkLessons: (query) => charts.sidewalkLessons(query),
    span: () => charts.span(),
  }
}
