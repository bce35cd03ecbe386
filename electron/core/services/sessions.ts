import { randomUUID } from 'node:crypto'
import { sameContent } from '../../../shared/canonicalJson'
import { contract, type Handlers } from '../../../shared/contract'
import type { CoachingSession } from '../../../shared/entities'
import { mergeFields } from '../../../shared/merge'
import { normalizeBase } from '../../../shared/saveBase'
import type { CoreContext } from '../context'
import { noSession } from './failures'
import { applyPatch } from './patch'
import { requireRep } from './reps'
import { repeatedCreate } from './saving'

const SESSION_FIELDS = ['repId', 'date', 'kind', 'skill', 'minutes', 'asks', 'tells', 'rootCause', 'rootCauseNote', 'notes'] as const
type SessionFields = Omit<CoachingSession, 'updatedAt'>

export function requireSession(ctx: CoreContext, id: string): CoachingSession {
  const session = ctx.repos.sessions.get(id)
  if (!session) throw noSession(id)
  return session
}

const fieldsOf = ({ updatedAt: _updatedAt, ...fields }: CoachingSession): SessionFields => fields

export function sessionsHandlers(ctx: CoreContext): Handlers['sessions'] {
  return {
    list: ({ repId, from, to }) => {
      if (repId !== undefined) requireRep(ctx, repId)
      return ctx.repos.sessions.list({ repId, from, to })
    },
    create: (input) =>
      ctx.write(() => {
        requireRep(ctx, input.repId)
        const session: SessionFields = {
          id: input.id ?? randomUUID(),
          repId: input.repId,
          date: input.date,
          kind: input.kind,
          skill: input.skill ?? null,
          minutes: input.minutes ?? null,
          asks: input.asks ?? null,
          tells: input.tells ?? null,
          rootCause: input.rootCause ?? null,
          rootCauseNote: input.rootCauseNote ?? null,
          notes: input.notes ?? null,
        }
        const existing = ctx.repos.sessions.get(session.id)
        if (existing) return { ...repeatedCreate(fieldsOf(existing), session, 'coaching session'), updatedAt: existing.updatedAt }
        ctx.repos.sessions.save(session, ctx.stamp())
        return requireSession(ctx, session.id)
      }),
    /** Autosaved from the session's screen: merged field by field with what is stored (shared/merge.ts). */
    update: ({ id, base, ...changes }) =>
      ctx.write(() => {
        const current = requireSession(ctx, id)
        const stored = fieldsOf(current)
        const mine = applyPatch(stored, changes)
        const { merged, conflicts } = base === undefined
            ? { merged: mine, conflicts: [] }
            : mergeFields(SESSION_FIELDS, normalizeBase(contract.sessions.update.input.shape, base), mine, stored)
        requireRep(ctx, merged.repId)
        if (!sameContent(merged, stored)) ctx.repos.sessions.save(merged, ctx.stamp(current.updatedAt))
        return { session: requireSession(ctx, id), conflicts }
      }),
    delete: ({ id }) => {
      if (!ctx.repos.sessions.delete(id)) throw noSession(id)
      return { id }
    },
  }
}
