import type { DebriefInput } from '../../../../shared/contract'
import { RESCUE_ROLE, type RescueFear, type Role } from '../../../../shared/domain'
import type { Debrief } from '../../../../shared/entities'
import { debriefFields, toDebriefForm, type DebriefFields } from '../briefs/debriefForm'

/** The three answers of the 60-second debrief (shared/quickDebrief.ts). */
export type QuickDebriefValues = { actualRole: Role | null; rescueFear: RescueFear | null; lesson: string }

export function toQuickValues(debrief: Debrief | null): QuickDebriefValues {
  return { actualRole: debrief?.actualRole ?? null, rescueFear: debrief?.rescueFear ?? null, lesson: debrief?.lesson ?? '' }
}

export type QuickSave = { debrief: DebriefInput; base: DebriefFields }

/**
 * The quick answers laid over the debrief as stored: the same record as the full form, so the
 * fields the quick form does not ask (outcome, counts, notes) keep what they hold. The base is
 * the debrief as read (as the full editor states it, blank fields for a new one), so a change
 * made meanwhile elsewhere is merged, not overwritten.
 * Null (with the reason) while a required answer is missing.
 */
export function quickDebriefSave(
  values: QuickDebriefValues,
  stored: Debrief | null,
  options: { planHadSkillFocus: boolean },
): { ok: true; save: QuickSave } | { ok: false; field: 'actualRole'; message: string } {
  if (values.actualRole === null) return { ok: false, field: 'actualRole', message: 'Choose the role you played' }
  const rescue = values.actualRole === RESCUE_ROLE
  const current = toDebriefForm(stored)
  const fields = debriefFields(
    { ...current, actualRole: values.actualRole, rescueFear: rescue ? values.rescueFear : null, lesson: values.lesson },
    options,
  )
  return {
    ok: true,
    save: {
      debrief: { ...fields, actualRole: values.actualRole },
      base: debriefFields(current, options),
    },
  }
}
