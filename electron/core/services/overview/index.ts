import type { Handlers } from '../../../../shared/contract'
import type { CoreContext } from '../../context'
import { createHomeQueries } from './homeQueries'
import { homeSummary } from './homeSummary'
import { nextSkillFocus, repOverview } from './repOverview'
import { createRepOverviewQueries } from './repOverviewQueries'

/** The rep screen's overview and next skill to observe (added to the `reps` namespace). */
export function repCoachingHandlers(ctx: CoreContext): Pick<Handlers['reps'], 'overview' | 'nextSkillFocus'> {
  const queries = createRepOverviewQueries(ctx.db)
  return {
    overview: (input) => repOverview(ctx, queries, input),
    nextSkillFocus: ({ repId }) => nextSkillFocus(ctx, queries, repId),
  }
}

export function homeHandlers(ctx: CoreContext): Handlers['home'] {
  const queries = createHomeQueries(ctx.db)
  return {
    summary: (input) => homeSummary(ctx, queries, input),
  }
}
