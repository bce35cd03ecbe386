import { skillProgress, type SkillPractice, type SkillProgress } from '../../../../shared/skills'
import type { Repositories } from '../../db/repositories'
import type { RepOverviewQueries } from './repOverviewQueries'

/**
 * One rep's skills to drill with their progress (shared/skills.ts holds the rules): the debriefs
 * that opened them, the sessions and observed calls that practised them, and the manager's
 * decisions. Call inside a read transaction so the three reads agree.
 */
export function skillsOfRep(
  queries: RepOverviewQueries,
  repos: Pick<Repositories, 'skills'>,
  repId: string,
  today: string,
): SkillProgress[] {
  const debriefs = queries.skillDebriefs(repId)
  const openings = debriefs.flatMap((debrief) =>
    debrief.skillToDrill?.trim()
      ? [{ callId: debrief.callId, date: debrief.date, skill: debrief.skillToDrill, drillType: debrief.drillType, drillReps: debrief.drillReps }]
      : [],
  )
  const observed: SkillPractice[] = debriefs.flatMap((debrief) =>
    debrief.skillObserved === true && debrief.skillFocus?.trim()
      ? [{ kind: 'call' as const, id: debrief.callId, date: debrief.date, skill: debrief.skillFocus }]
      : [],
  )
  const sessions: SkillPractice[] = queries
    .skillSessions(repId)
    .map((session) => ({ kind: 'session' as const, id: session.id, date: session.date, skill: session.skill }))
  return skillProgress({ openings, practice: [...sessions, ...observed], records: repos.skills.forRep(repId), today })
}

/** The open ones, newest opening first: what the rep page lists and the next pre-brief observes. */
export function openSkillsOfRep(...args: Parameters<typeof skillsOfRep>): SkillProgress[] {
  return skillsOfRep(...args).filter((skill) => skill.status === 'open')
}
