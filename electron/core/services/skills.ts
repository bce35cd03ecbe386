import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../../shared/contract'
import { localToday } from '../../../shared/dates'
import { skillKey } from '../../../shared/skills'
import { AppFailure } from '../../../shared/result'
import type { CoreContext } from '../context'
import { skillsOfRep } from './overview/openSkills'
import { createRepOverviewQueries } from './overview/repOverviewQueries'
import { requireRep } from './reps'

/**
 * Skills practised to mastery (docs/skills.md): list a rep's skills with their progress, and
 * record the manager's decisions about one: its target, or that it is mastered, dropped or open
 * again. Only a skill some debrief of the rep asked to drill can be decided about.
 */
export function skillsHandlers(ctx: CoreContext): Handlers['skills'] {
  const queries = createRepOverviewQueries(ctx.db)
  const todayOf = (given: string | undefined) => given ?? localToday(new Date(ctx.now()))
  const list = (repId: string, today: string) => skillsOfRep(queries, ctx.repos, repId, today)

  return {
    list: ({ repId, today }) =>
      ctx.db.transaction(() => {
        requireRep(ctx, repId)
        return list(repId, todayOf(today))
      })(),
    update: ({ repId, skill, targetReps, status, on, today: givenToday }) =>
      ctx.write(() => {
        requireRep(ctx, repId)
        const today = todayOf(givenToday)
        const known = list(repId, today).find((progress) => skillKey(progress.skill) === skillKey(skill))
        if (!known) {
          throw new AppFailure('NOT_FOUND', `No debrief of this rep asked to drill "${skill}"`, [
            { path: 'skill', message: 'Only a skill a debrief asked to drill can be tracked' },
          ])
        }
        const stored = ctx.repos.skills.find(repId, skill)
        // A closed skill that a later debrief reopened is open now: a decision starts from that.
        const current = {
          targetReps: stored?.targetReps ?? null,
          status: known.status,
          statusOn: known.statusOn,
        }
        const nextStatus = status ?? current.status
        const next = {
          id: stored?.id ?? randomUUID(),
          repId,
          skill: stored?.skill ?? known.skill,
          targetReps: targetReps === undefined ? current.targetReps : targetReps,
          status: nextStatus,
          statusOn: nextStatus === 'open' ? null : status === undefined ? current.statusOn : (on ?? today),
        }
        const changed =
          !stored ||
          next.targetReps !== stored.targetReps ||
          next.status !== stored.status ||
          next.statusOn !== stored.statusOn
        if (changed) ctx.repos.skills.save(next, ctx.stamp(stored?.updatedAt ?? null))
        return list(repId, today)
      }),
  }
}
