import type { ResolvedPeriod } from '../../../../shared/insightsPeriod'

/* Apart from the screen's hooks (./useInsights.ts), so the page can send its reads before React has run (app/firstCalls.ts). */

export type InsightsQuery = ResolvedPeriod & { asOf: string; repId?: string | undefined }

/** The reads' input for a period shown on `today` (the core's "as of" day) and the view's rep, if any. */
export function insightsQueryOf(period: ResolvedPeriod | null, today: string, view: { repId: string }): InsightsQuery | null {
  return period && { ...period, asOf: today, repId: view.repId || undefined }
}
