import { sameContent } from '../../../shared/canonicalJson'
import { debriefInputSchema, prebriefInputSchema, type Handlers, type ParsedInputOf } from '../../../shared/contract'
import type { Debrief, Prebrief } from '../../../shared/entities'
import { mergeFields, type FieldConflict, type SaveBase } from '../../../shared/merge'
import { normalizeBase } from '../../../shared/saveBase'
import type { z } from 'zod'
import type { CoreContext } from '../context'
import { futureDebriefProblem } from '../../../shared/callTiming'
import { localToday } from '../../../shared/dates'
import { AppFailure } from '../../../shared/result'
import { requireCall } from './calls'
import { noDebrief, noPrebrief } from './failures'

/**
 * Pre-briefs and debriefs, one of each per call. The form sends every field; with the `base` it
 * started from, the core merges field by field with what is stored (shared/merge.ts), so a second
 * window's changes to other fields survive and a field changed in both is answered as a conflict
 * instead of being overwritten. Each keeps when it was last changed (`updatedAt`, strictly
 * increasing); a debrief also keeps the moment it was first completed.
 */
type PrebriefFields = Omit<Prebrief, 'updatedAt'>
type DebriefFields = Omit<Debrief, 'updatedAt' | 'completedAt'>

export const PREBRIEF_FIELDS = [
  'plannedRole', 'purpose', 'objective', 'nextStep', 'leads', 'questions', 'interventionRule', 'takeoverRisk', 'skillFocus', 'notes',
] as const satisfies readonly (keyof PrebriefFields)[]
export const DEBRIEF_FIELDS = [
  'actualRole', 'outcome', 'rescueInitiator', 'rescueFear', 'asks', 'tells', 'repSelfAssessment', 'rootCause', 'rootCauseNote',
  'lesson', 'skillObserved', 'skillToDrill', 'drillType', 'drillReps', 'notes', 'privateNotes',
] as const satisfies readonly (keyof DebriefFields)[]

/** What "no brief" means field by field: the base of an editor that saw none. */
const noneOf = (fields: readonly string[], lists: readonly string[] = []): SaveBase =>
  Object.fromEntries(fields.map((field) => [field, lists.includes(field) ? [] : null]))

function prebriefFromInput(input: ParsedInputOf<'prebriefs', 'save'>['prebrief']): PrebriefFields {
  return {
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
  }
}

function debriefFromInput(input: ParsedInputOf<'debriefs', 'save'>['debrief']): DebriefFields {
  return {
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
  }
}

/**
 * The save's fields merged with the stored brief. Without a stored brief, or without a base (a
 * caller that does not say what it started from), the save is taken whole.
 */
function mergeBrief<T extends object>(
  fields: readonly (keyof T & string)[],
  shape: Readonly<Record<string, z.ZodType>>,
  base: SaveBase | null | undefined,
  mine: T,
  current: T | null,
  lists: readonly string[] = [],
): { merged: T; conflicts: FieldConflict[] } {
  if (current === null || base === undefined) return { merged: mine, conflicts: [] }
  return mergeFields(fields, base === null ? noneOf(fields, lists) : normalizeBase(shape, base), mine, current)
}

function storedPrebrief({ updatedAt: _updatedAt, ...fields }: Prebrief): PrebriefFields {
  return fields
}

function storedDebrief({ updatedAt: _updatedAt, completedAt: _completedAt, ...fields }: Debrief): DebriefFields {
  return fields
}

export function prebriefsHandlers(ctx: CoreContext): Handlers['prebriefs'] {
  const { briefs } = ctx.repos
  return {
    save: ({ callId, prebrief: input, base }) =>
      ctx.write(() => {
        requireCall(ctx, callId)
        const current = briefs.getPrebrief(callId) ?? null
        const stored = current && storedPrebrief(current)
        const { merged, conflicts } = mergeBrief(PREBRIEF_FIELDS, prebriefInputSchema.shape, base, prebriefFromInput(input), stored, ['questions'])
        // Saving what is already stored changes nothing, not even the brief's time.
        if (current && sameContent(merged, stored)) return { prebrief: current, conflicts }
        briefs.savePrebrief(callId, { ...merged, updatedAt: ctx.stamp(current?.updatedAt) })
        const saved = briefs.getPrebrief(callId)
        if (!saved) throw noPrebrief(callId)
        return { prebrief: saved, conflicts }
      }),
    delete: ({ callId }) => {
      requireCall(ctx, callId)
      if (!briefs.deletePrebrief(callId)) throw noPrebrief(callId)
      return { callId }
    },
  }
}

export function debriefsHandlers(ctx: CoreContext): Handlers['debriefs'] {
  const { briefs } = ctx.repos
  return {
    save: ({ callId, debrief: input, base }) =>
      ctx.write(() => {
        const call = requireCall(ctx, callId)
        // One rule (shared/callTiming.ts): a call after today has not taken place yet.
        const future = futureDebriefProblem(call.date, localToday(new Date(ctx.now())))
        if (future) throw new AppFailure('INVALID_INPUT', future)
        const current = briefs.getDebrief(callId) ?? null
        const stored = current && storedDebrief(current)
        const { merged, conflicts } = mergeBrief(DEBRIEF_FIELDS, debriefInputSchema.shape, base, debriefFromInput(input), stored)
        if (current && sameContent(merged, stored)) return { debrief: current, conflicts }
        const at = ctx.stamp(current?.updatedAt)
        briefs.saveDebrief(callId, { ...merged, completedAt: current?.completedAt ?? at, updatedAt: at }, at)
        const saved = briefs.getDebrief(callId)
        if (!saved) throw noDebrief(callId)
        return { debrief: saved, conflicts }
      }),
    delete: ({ callId }) => {
      requireCall(ctx, callId)
      if (!briefs.deleteDebrief(callId)) throw noDebrief(callId)
      return { callId }
    },
  }
}
