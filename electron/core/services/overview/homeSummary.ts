import { heldUntil } from '../../../../shared/callTiming'
import type { HomeSummary } from '../../../../shared/coaching'
import type { ParsedInputOf } from '../../../../shared/contract'
import { localToday } from '../../../../shared/dates'
import { addDays } from '../../../../shared/isoWeek'
import type { CoreContext } from '../../context'
import { toActivityItem } from './activity'
import { toCallSummary } from './callSummaries'
import { isDebriefOverdue } from './debriefDue'
import type { HomeQueries } from './homeQueries'
import { monthOf } from './month'

export const HOME_LIST_LIMIT = 20
export const HOME_ACTIVITY_LIMIT = 15
/**
 * A call this many days or more before the local day of `now` is overdue whatever its time and
 * whatever a daylight-saving change did (its moment — the end of its day at the latest — lies at
 * least 47 hours before now): such calls are only counted; the later ones are judged one by one.
 */
const SURELY_OVERDUE_DAYS = 3

/** What the home screen needs: what to prepare, what to debrief, this month's rescues, what changed. */
export function homeSummary(ctx: CoreContext, queries: HomeQueries, input: ParsedInputOf<'home', 'summary'>): HomeSummary {
  const now = input.now ?? ctx.now()
  const nowDate = new Date(now)
  const today = input.today ?? localToday(nowDate)
  return ctx.db.transaction((): HomeSummary => {
    const threshold = ctx.repos.settings.get().interstateThreshold
    const month = monthOf(today)
    const surelyBefore = addDays(localToday(nowDate), -SURELY_OVERDUE_DAYS)
    const awaiting = queries.awaitingDebriefCounts(today, surelyBefore)
    const overdueTotal =
      awaiting.before +
      queries
        .awaitingDebriefFrom(today, surelyBefore)
        .filter((row) => isDebriefOverdue(row.call_date, row.call_time, nowDate)).length

    return {
      today,
      now: nowDate.toISOString(),
      upcomingWithoutPrebrief: queries
        .upcomingWithoutPrebrief(today, HOME_LIST_LIMIT)
        .map((row) => toCallSummary(row, threshold)),
      upcomingWithoutPrebriefTotal: queries.upcomingWithoutPrebriefCount(today),
      awaitingDebrief: queries.awaitingDebrief(today, HOME_LIST_LIMIT).map((row) => ({
        ...toCallSummary(row, threshold),
        overdue: isDebriefOverdue(row.call_date, row.call_time, nowDate),
      })),
      awaitingDebriefTotal: awaiting.total,
      overdueTotal,
      fullDebriefDue: queries.fullDebriefDue(today, HOME_LIST_LIMIT).map((row) => toCallSummary(row, threshold)),
      fullDebriefDueTotal: queries.fullDebriefDueCount(today),
      thisMonth: { month: month.month, ...queries.month(month.from, heldUntil(month.to, today)) },
      recentActivity: queries.activity(HOME_ACTIVITY_LIMIT).map(toActivityItem),
    }
  })()
}
