import type { Handlers } from '../../../../shared/contract'
import type { CoreContext } from '../../context'
import { createChartsService, createInsightsService } from '../insights'
import { createRepOverviewQueries } from '../overview/repOverviewQueries'
import { createDebriefSheetReader } from './debriefSheet'
import { createReportReader } from './report'
import { createRepSheetReader } from './repSheet'

/** The print views' data: purpose-built reads that carry only shareable fields (shared/print.ts). */
export function printHandlers(ctx: CoreContext): Handlers['print'] {
  const insights = createInsightsService(ctx.db)
  const debriefSheet = createDebriefSheetReader(ctx.db)
  const repSheet = createRepSheetReader(ctx.db, insights, createRepOverviewQueries(ctx.db))
  const report = createReportReader(ctx.db, insights, createChartsService(ctx.db))
  return {
    debriefSheet: ({ callId }) => debriefSheet(ctx, callId),
    repSheet: (input) => repSheet(ctx, input),
    report: (input) => report(ctx, input),
  }
}
