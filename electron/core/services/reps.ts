import { randomUUID } from 'node:crypto'
import { sameContent } from '../../../shared/canonicalJson'
import { contract, type Handlers } from '../../../shared/contract'
import type { Rep } from '../../../shared/entities'
import { AppFailure } from '../../../shared/result'
import type { CoreContext } from '../context'
import { createMappingStore } from './exchange/mappingStore'
import { noRep } from './failures'
import { applyPatch } from './patch'
import { mergeOrRefuse, nowHolds, repeatedCreate } from './saving'

/**
 * A rep's calls and sessions are the journal's history: a rep who left is archived; a rep entered
 * twice is merged into the other (their records move, nothing is lost); only a rep with no records
 * at all can be deleted.
 */
export function requireRep(ctx: CoreContext, id: string): Rep {
  const rep = ctx.repos.reps.get(id)
  if (!rep) throw noRep(id)
  return rep
}

const REP_FIELDS = ['name', 'title', 'startedOn', 'archived'] as const

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The rep records themselves; the overview and next skill live in services/overview. */
export function repsHandlers(ctx: CoreContext): Omit<Handlers['reps'], 'overview' | 'nextSkillFocus'> {
  const { reps, calls, sessions } = ctx.repos
  return {
    list: ({ includeArchived }) => reps.list(includeArchived),
    get: ({ id }) => requireRep(ctx, id),
    create: (input) =>
      ctx.write(() => {
        const rep: Rep = {
          id: input.id ?? randomUUID(),
          name: input.name,
          title: input.title ?? null,
          startedOn: input.startedOn ?? null,
          archived: false,
        }
        const existing = reps.get(rep.id)
        if (existing) return repeatedCreate(existing, rep, 'rep')
        reps.save(rep, ctx.stamp())
        return requireRep(ctx, rep.id)
      }),
    update: ({ id, base, ...changes }) =>
      ctx.write(() => {
        const current = requireRep(ctx, id)
        const next = mergeOrRefuse(REP_FIELDS, contract.reps.update.input.shape, base, applyPatch(current, changes), current, (c) => nowHolds(c.theirs))
        // Saving what is already stored changes nothing, not even the rep's time.
        if (!sameContent(next, current)) reps.save(next, ctx.stamp(reps.updatedAt(id)))
        return requireRep(ctx, id)
      }),
    merge: ({ id, intoId }) =>
      ctx.write(() => {
        if (id === intoId) throw new AppFailure('INVALID_INPUT', 'A rep cannot be merged into themselves', [{ path: 'intoId', message: 'Choose another rep' }])
        const from = requireRep(ctx, id)
        const into = requireRep(ctx, intoId)
        const at = ctx.now()
        const movedCalls = calls.moveToRep(id, intoId, at)
        const movedSessions = sessions.moveToRep(id, intoId, at)
        ctx.repos.skills.moveToRep(id, intoId, at)
        createMappingStore(ctx.db).moveRepChoices(id, intoId)
        // The rep kept keeps its own details; what it does not record, the merged one fills in.
        const filled: Rep = { ...into, title: into.title ?? from.title, startedOn: into.startedOn ?? from.startedOn }
        if (filled.title !== into.title || filled.startedOn !== into.startedOn) reps.save(filled, ctx.stamp(reps.updatedAt(intoId)))
        reps.delete(id)
        return { rep: requireRep(ctx, intoId), movedCalls, movedSessions }
      }),
    delete: ({ id }) =>
      ctx.write(() => {
        const rep = requireRep(ctx, id)
        const callCount = calls.countForRep(id)
        const sessionCount = sessions.countForRep(id)
        if (callCount + sessionCount > 0) {
          const held = [callCount > 0 && plural(callCount, 'call', 'calls'), sessionCount > 0 && plural(sessionCount, 'coaching session', 'coaching sessions')]
            .filter(Boolean)
            .join(' and ')
          throw new AppFailure(
            'CONFLICT',
            `${rep.name} has ${held}, so they cannot be deleted. Merge them into another rep to move those records, or archive ${rep.name}.`,
          )
        }
        reps.delete(id)
        return { id }
      }),
  }
}
