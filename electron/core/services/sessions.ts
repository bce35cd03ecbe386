import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../../shared/contract'
import type { CoachingSession } from '../../../shared/entities'
import type { CoreContext } from '../context'
import { noSession } from './failures'
import { applyPatch } from './patch'
import { requireRep } from './reps'

export function requireSession(ctx: CoreContext, id: string): CoachingSession {
  const session = ctx.repos.sessions.get(id)
  if (!session) throw noSession(id)
  return session
}

export function sessionsHandlers(ctx: CoreContext): Handlers['sessions'] {
  return {
    list: ({ repId, from, to }) => {
      if (repId !== undefined) requireRep(ctx, repId)
      return ctx.repos.sessions.list({ repId, from, to })
    },
    create: (input) =>
      ctx.write(() => {
        requireRep(ctx, input.repId)
        const session: CoachingSession = {
          id: randomUUID(),
          repId: input.repId,
          date: input.date,
          kind: input.kind,
          skill: input.skill ?? null,
          minutes: input.minutes ?? null,
          notes: input.notes ?? null,
        }
        ctx.repos.sessions.save(session, ctx.now())
        return requireSession(ctx, session.id)
      }),
    update: ({ id, ...changes }) =>
      ctx.write(() => {
        const next = applyPatch(requireSession(ctx, id), changes)
        requireRep(ctx, next.repId)
        ctx.repos.sessions.save(next, ctx.now())
        return requireSession(ctx, id)
      }),
    delete: ({ id }) => {
      if (!ctx.repos.sessions.delete(id)) throw noSession(id)
      return { id }
    },
  }
}
