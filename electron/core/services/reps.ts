import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../../shared/contract'
import type { Rep } from '../../../shared/entities'
import type { CoreContext } from '../context'
import { noRep } from './failures'
import { applyPatch } from './patch'

/** Reps are archived, never deleted: their calls and sessions are the journal's history. */
export function requireRep(ctx: CoreContext, id: string): Rep {
  const rep = ctx.repos.reps.get(id)
  if (!rep) throw noRep(id)
  return rep
}

/** The rep records themselves; the overview and next skill live in services/overview. */
export function repsHandlers(ctx: CoreContext): Omit<Handlers['reps'], 'overview' | 'nextSkillFocus'> {
  return {
    list: ({ includeArchived }) => ctx.repos.reps.list(includeArchived),
    get: ({ id }) => requireRep(ctx, id),
    create: (input) => {
      const rep: Rep = {
        id: randomUUID(),
        name: input.name,
        title: input.title ?? null,
        startedOn: input.startedOn ?? null,
        archived: false,
      }
      ctx.repos.reps.save(rep, ctx.now())
      return requireRep(ctx, rep.id)
    },
    update: ({ id, ...changes }) =>
      ctx.write(() => {
        ctx.repos.reps.save(applyPatch(requireRep(ctx, id), changes), ctx.now())
        return requireRep(ctx, id)
      }),
  }
}
