import { randomUUID } from 'node:crypto'
import { sameContent } from '../../../shared/canonicalJson'
import { contract, type Handlers } from '../../../shared/contract'
import type { Call, CallDetail } from '../../../shared/entities'
import { isHeld } from '../../../shared/callTiming'
import { localToday } from '../../../shared/dates'
import { AppFailure } from '../../../shared/result'
import { effectiveStakes } from '../../../shared/stakes'
import type { CoreContext } from '../context'
import { noCall } from './failures'
import { applyPatch } from './patch'
import { requireRep } from './reps'
import { mergeOrRefuse, nowHolds, repeatedCreate } from './saving'

const CALL_FIELDS = ['repId', 'date', 'time', 'account', 'opportunity', 'dealValue', 'stage', 'stakes', 'cancelled'] as const

export function requireCall(ctx: CoreContext, id: string): Call {
  const call = ctx.repos.calls.get(id)
  if (!call) throw noCall(id)
  return call
}

export function callDetail(ctx: CoreContext, id: string): CallDetail {
  const call = requireCall(ctx, id)
  return {
    call,
    rep: requireRep(ctx, call.repId),
    effectiveStakes: effectiveStakes(call, ctx.repos.settings.get().interstateThreshold),
    prebrief: ctx.repos.briefs.getPrebrief(id) ?? null,
    debrief: ctx.repos.briefs.getDebrief(id) ?? null,
  }
}

export function callsHandlers(ctx: CoreContext): Handlers['calls'] {
  return {
    list: ({ limit, offset, sort, direction, today, ...filter }) => {
      if (filter.repId !== undefined) requireRep(ctx, filter.repId)
      const threshold = ctx.repos.settings.get().interstateThreshold
      const { items, total } = ctx.repos.calls.list(
        { ...filter, today: today ?? localToday(new Date(ctx.now())), interstateThreshold: threshold },
        { limit, offset, sort, direction },
      )
      return { items: items.map((item) => ({ ...item, effectiveStakes: effectiveStakes(item, threshold) })), total }
    },
    get: ({ id }) => callDetail(ctx, id),
    create: (input) =>
      ctx.write(() => {
        requireRep(ctx, input.repId)
        const call: Call = {
          id: input.id ?? randomUUID(),
          repId: input.repId,
          date: input.date,
          time: input.time ?? null,
          account: input.account ?? null,
          opportunity: input.opportunity ?? null,
          dealValue: input.dealValue ?? null,
          stage: input.stage ?? null,
          stakes: input.stakes ?? null,
          cancelled: false,
        }
        const existing = ctx.repos.calls.get(call.id)
        if (existing) return repeatedCreate(existing, call, 'call')
        ctx.repos.calls.save(call, ctx.stamp())
        return requireCall(ctx, call.id)
      }),
    update: ({ id, base, ...changes }) =>
      ctx.write(() => {
        const current = requireCall(ctx, id)
        const describe = (conflict: { field: string; theirs: unknown }) =>
          conflict.field === 'repId' ? 'Changed in another window while you were editing: the call is now with another rep. Save again to keep yours.' : nowHolds(conflict.theirs)
        const next = mergeOrRefuse(CALL_FIELDS, contract.calls.update.input.shape, base, applyPatch(current, changes), current, describe)
        requireRep(ctx, next.repId)
        // A debriefed call cannot be moved after today: it would be done and not yet held at once.
        if (next.date !== current.date && !isHeld(next.date, localToday(new Date(ctx.now()))) && ctx.repos.briefs.getDebrief(id)) {
          const message = `This call has a debrief, so it took place: it cannot move to ${next.date}, after today`
          throw new AppFailure('INVALID_INPUT', `date: ${message}`, [{ path: 'date', message }])
        }
        // Saving what is already stored changes nothing, not even the call's time.
        if (!sameContent(next, current)) ctx.repos.calls.save(next, ctx.stamp(ctx.repos.calls.updatedAt(id)))
        return requireCall(ctx, id)
      }),
    delete: ({ id }) => {
      if (!ctx.repos.calls.delete(id)) throw noCall(id)
      return { id }
    },
  }
}
