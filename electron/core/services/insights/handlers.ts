import type { Handlers } from '../../../../shared/contract'
import type { CoreContext } from '../../context'
import { createInsightsService } from './metrics'

export function insightsHandlers(ctx: CoreContext): Handlers['insights'] {
  const insights = createInsightsService(ctx.db)
  return {
    metrics: (query) => insights.metrics(query),
  }
}
