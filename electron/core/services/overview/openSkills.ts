import type { DrillType } from '../../../../shared/domain'
import type { OpenSkill } from '../../../../shared/coaching'

/** One debriefed call of a rep, as the skill loop needs it. */
export type SkillDebrief = {
  callId: string
  date: string
  /** The pre-brief's skill to observe on this call. */
  skillFocus: string | null
  skillObserved: boolean | null
  skillToDrill: string | null
  drillType: DrillType | null
  drillReps: number | null
}

/** Skills are the same when they read the same, ignoring case and surrounding or doubled spaces. */
export function skillKey(skill: string): string {
  return skill.trim().replace(/\s+/gu, ' ').toLowerCase()
}

/**
 * The skills still open for a rep. A debrief's skill to drill opens a skill (or refreshes it, when
 * already open); it stays open until a LATER debrief — on a call whose pre-brief set out to
 * observe that skill — records it as observed. A debrief that both observes a skill and asks to
 * drill it again leaves it open: it is closed first, then reopened by the same debrief.
 *
 * `debriefs` must be oldest first. The result is newest first, one entry per skill.
 */
export function openSkills(debriefs: readonly SkillDebrief[]): OpenSkill[] {
  const open = new Map<string, OpenSkill & { order: number }>()
  debriefs.forEach((debrief, order) => {
    if (debrief.skillObserved === true && debrief.skillFocus) open.delete(skillKey(debrief.skillFocus))
    const skill = debrief.skillToDrill?.trim()
    if (!skill) return
    const key = skillKey(skill)
    open.delete(key)
    open.set(key, {
      skill,
      drillType: debrief.drillType,
      drillReps: debrief.drillReps,
      openedOn: debrief.date,
      fromCallId: debrief.callId,
      order,
    })
  })
  return [...open.values()].sort((a, b) => b.order - a.order).map(({ order: _order, ...skill }) => skill)
}
