import { heldUntil } from '../../../../shared/callTiming'
import type { NextSkillFocus, RepOverview, TimelineEntry } from '../../../../shared/coaching'
import type { ParsedInputOf } from '../../../../shared/contract'
import { localToday } from '../../../../shared/dates'
import { ROOT_CAUSES, SESSION_KINDS } from '../../../../shared/domain'
import type { CoreContext } from '../../context'
import { requireRep } from '../reps'
import { toCallSummary } from './callSummaries'
import { monthOf } from './month'
import { skillsOfRep } from './openSkills'
import { splitSkills } from '../../../../shared/skills'
import type { RepOverviewQueries } from './repOverviewQueries'

/** Everything the rep screen shows, read in one transaction so its parts agree. */
export function repOverview(
  ctx: CoreContext,
  queries: RepOverviewQueries,
  { id, today: givenToday, limit }: ParsedInputOf<'reps', 'overview'>,
): RepOverview {
  return ctx.db.transaction((): RepOverview => {
    const rep = requireRep(ctx, id)
    const today = givenToday ?? localToday(new Date(ctx.now()))
    const threshold = ctx.repos.settings.get().interstateThreshold
    const month = monthOf(today)
    const rootCauses = Object.fromEntries(ROOT_CAUSES.map((key) => [key, 0])) as RepOverview['rootCauses']
    for (const { root_cause, n } of queries.rootCauses(id, today)) rootCauses[root_cause] = n
    const sessionsByKind = Object.fromEntries(SESSION_KINDS.map((key) => [key, 0])) as RepOverview['sessionsByKind']
    for (const { kind, n } of queries.sessionKinds(id)) sessionsByKind[kind] = n

    return {
      rep,
      today,
      timeline: timeline(
        queries.calls(id, limit).map((row) => toCallSummary(row, threshold)),
        queries.sessions(id, limit),
        limit,
      ),
      timelineTotal: queries.timelineTotal(id),
      ...skillLists(skillsOfRep(queries, ctx.repos, id, today)),
      lostDealLessons: queries.lostDealLessons(id, today, limit),
      rootCauses,
      thisMonth: { month: month.month, ...queries.month(id, month.from, heldUntil(month.to, today)) },
      sessionsByKind,
    }
  })()
}

const skillLists = (skills: Parameters<typeof splitSkills>[0]) => {
  const { open, closed } = splitSkills(skills)
  return { openSkills: open, closedSkills: closed }
}

/**
 * Calls and sessions merged newest first. Both lists arrive newest first; on the same day a call
 * with a time comes before the day's untimed calls and sessions (the sort is stable otherwise).
 */
function timeline(
  calls: readonly TimelineCall[],
  sessions: readonly TimelineSession[],
  limit: number,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...calls.map((call): TimelineEntry => ({ kind: 'call', date: call.date, call })),
    ...sessions.map((session): TimelineEntry => ({ kind: 'session', date: session.date, session })),
  ]
  const timeOf = (e: TimelineEntry) => (e.kind === 'call' ? (e.call.time ?? '') : '')
  entries.sort((a, b) => compareDesc(a.date, b.date) || compareDesc(timeOf(a), timeOf(b)))
  return entries.slice(0, limit)
}
type TimelineCall = Extract<TimelineEntry, { kind: 'call' }>['call']
type TimelineSession = Extract<TimelineEntry, { kind: 'session' }>['session']

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/** The newest open skill: what the next pre-brief of this rep sets out to observe. */
export function nextSkillFocus(ctx: CoreContext, queries: RepOverviewQueries, repId: string): NextSkillFocus {
  return ctx.db.transaction((): NextSkillFocus => {
    requireRep(ctx, repId)
    const today = localToday(new Date(ctx.now()))
    const newest = splitSkills(skillsOfRep(queries, ctx.repos, repId, today)).open[0]
    return { skill: newest?.skill ?? null, fromCallId: newest?.fromCallId ?? null }
  })()
}
