import type { Handlers } from '../../../shared/contract'
import type { Debrief, Prebrief } from '../../../shared/entities'
import type { CoreContext } from '../context'
import { requireCall } from './calls'
import { noDebrief, noPrebrief } from './failures'

/**
 * Pre-briefs and debriefs are saved whole (the form sends every field), one per call. A pre-brief
 * records when it was last saved; a debrief keeps the moment it was first completed.
 */
export function prebriefsHandlers(ctx: CoreContext): Handlers['prebriefs'] {
  return {
    save: ({ callId, prebrief: input }) =>
      ctx.write(() => {
        requireCall(ctx, callId)
        const prebrief: Prebrief = {
          plannedRole: input.plannedRole,
          purpose: input.purpose ?? null,
          objective: input.objective ?? null,
          nextStep: input.nextStep ?? null,
          leads: input.leads ?? null,
          questions: input.questions ?? [],
          interventionRule: input.interventionRule ?? null,
          takeoverRisk: input.takeoverRisk ?? null,
          skillFocus: input.skillFocus ?? null,
          notes: input.notes ?? null,
          updatedAt: ctx.now(),
        }
        ctx.repos.briefs.savePrebrief(callId, prebrief)
        return ctx.repos.briefs.getPrebrief(callId) ?? prebrief
      }),
    delete: ({ callId }) => {
      requireCall(ctx, callId)
      if (!ctx.repos.briefs.deletePrebrief(callId)) throw noPrebrief(callId)
      return { callId }
    },
  }
}

export function debriefsHandlers(ctx: CoreContext): Handlers['debriefs'] {
  return {
    save: ({ callId, debrief: input }) =>
      ctx.write(() => {
        requireCall(ctx, callId)
        const now = ctx.now()
        const debrief: Debrief = {
          actualRole: input.actualRole,
          outcome: input.outcome ?? null,
          rescueInitiator: input.rescueInitiator ?? null,
          rescueFear: input.rescueFear ?? null,
          asks: input.asks ?? null,
          tells: input.tells ?? null,
          repSelfAssessment: input.repSelfAssessment ?? null,
          rootCause: input.rootCause ?? null,
          rootCauseNote: input.rootCauseNote ?? null,
          lesson: input.lesson ?? null,
          skillObserved: input.skillObserved ?? null,
          skillToDrill: input.skillToDrill ?? null,
          drillType: input.drillType ?? null,
          drillReps: input.drillReps ?? null,
          notes: input.notes ?? null,
          privateNotes: input.privateNotes ?? null,
          completedAt: ctx.repos.briefs.getDebrief(callId)?.completedAt ?? now,
        }
        ctx.repos.briefs.saveDebrief(callId, debrief, now)
        return ctx.repos.briefs.getDebrief(callId) ?? debrief
      }),
    delete: ({ callId }) => {
      requireCall(ctx, callId)
      if (!ctx.repos.briefs.deleteDebrief(callId)) throw noDebrief(callId)
      return { callId }
    },
  }
}
