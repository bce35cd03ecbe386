import { z } from 'zod'
import { isoDaySchema } from './dates'
import { DEFAULT_SKILL_TARGET, type DrillType, type SkillStatus } from './domain'
import type { SkillRecord } from './entities'
import { cleanText, drillRepsSchema, idSchema, skillStatusSchema } from './fields'

/**
 * Skills practised to mastery (docs/skills.md): the pure rules that turn a rep's debriefs,
 * coaching sessions and the manager's decisions into each skill's progress. The core reads the
 * rows; everything that counts happens here, so the rules have one definition and a unit test.
 */

/** Skills are the same when they read the same, ignoring case and surrounding or doubled spaces. */
export function skillKey(skill: string): string {
  return skill.trim().replace(/\s+/gu, ' ').toLowerCase()
}

/** A debrief that asked the rep to drill a skill: it opens the skill (or opens it again). */
export type SkillOpening = {
  callId: string
  /** The call's day. */
  date: string
  skill: string
  drillType: DrillType | null
  drillReps: number | null
}

/** One repetition: a coaching session on the skill, or a call where it was seen done well. */
export type SkillPractice = { kind: 'session' | 'call'; id: string; date: string; skill: string }

export type SkillProgress = {
  /** As written by the debrief that opened it most recently. */
  skill: string
  drillType: DrillType | null
  /** The latest opening debrief's own number, kept for what it said. */
  drillReps: number | null
  /** Repetitions to reach: the manager's number, else the debrief's, else DEFAULT_SKILL_TARGET. */
  target: number
  targetSetByYou: boolean
  /** Repetitions counted since `countedFrom`, up to today. */
  done: number
  status: SkillStatus
  /** The day it was marked mastered or dropped; null while open. */
  statusOn: string | null
  /** The day of the call whose debrief opened it most recently. */
  openedOn: string
  /** The day repetitions are counted from: the first opening, or the reopening after a close. */
  countedFrom: string
  /** The call whose debrief opened it most recently. */
  fromCallId: string
  /** The latest repetition counted; null when none yet. */
  lastPractisedOn: string | null
  /** The decision record, when the manager has decided something about this skill. */
  recordId: string | null
}

export type SkillInputs = {
  /** Oldest first (by call day and time, then completion): the order debriefs happened in. */
  openings: readonly SkillOpening[]
  practice: readonly SkillPractice[]
  records: readonly SkillRecord[]
  /** Repetitions dated after today have not happened yet and are not counted. */
  today: string
}

/**
 * Every skill a rep was asked to drill, with its progress, newest opening first.
 *
 * - A debrief's skill to drill opens the skill. It stays open until the manager marks it mastered
 *   or dropped (with the day); marking it open again undoes that.
 * - A debrief on a call dated after a skill was closed that asks to drill it again reopens it, and
 *   its repetitions are counted afresh from that call's day (`countedFrom`).
 * - Repetitions are coaching sessions naming the skill and calls whose pre-brief set out to
 *   observe it and whose debrief saw it done well, dated from `countedFrom` to today.
 * - A decision record without any opening debrief (its debriefs were deleted) shows nothing.
 */
export function skillProgress({ openings, practice, records, today }: SkillInputs): SkillProgress[] {
  const recordByKey = new Map(records.map((record) => [skillKey(record.skill), record]))
  const byKey = new Map<string, { first: SkillOpening; latest: SkillOpening; order: number; all: SkillOpening[] }>()
  openings.forEach((opening, order) => {
    const key = skillKey(opening.skill)
    if (key === '') return
    const found = byKey.get(key)
    if (found) {
      found.latest = opening
      found.order = order
      found.all.push(opening)
    } else byKey.set(key, { first: opening, latest: opening, order, all: [opening] })
  })
  const practiceByKey = new Map<string, SkillPractice[]>()
  for (const item of practice) {
    const key = skillKey(item.skill)
    // Appended in place: copying the list for each item made a rep with years of practice quadratic.
    const list = practiceByKey.get(key)
    if (list) list.push(item)
    else practiceByKey.set(key, [item])
  }

  const result: (SkillProgress & { order: number })[] = []
  for (const [key, { first, latest, order, all }] of byKey) {
    const record = recordByKey.get(key) ?? null
    let status: SkillStatus = record?.status ?? 'open'
    let statusOn = status === 'open' ? null : (record?.statusOn ?? null)
    let countedFrom = first.date
    if (status !== 'open' && statusOn !== null) {
      const closedOn = statusOn
      const reopening = all.find((opening) => opening.date > closedOn)
      if (reopening) {
        status = 'open'
        statusOn = null
        countedFrom = reopening.date
      }
    }
    const counted = (practiceByKey.get(key) ?? []).filter((item) => item.date >= countedFrom && item.date <= today)
    const lastPractisedOn = counted.reduce<string | null>((last, item) => (last === null || item.date > last ? item.date : last), null)
    const target = record?.targetReps ?? latest.drillReps ?? DEFAULT_SKILL_TARGET
    result.push({
      skill: latest.skill.trim(),
      drillType: latest.drillType,
      drillReps: latest.drillReps,
      target,
      targetSetByYou: record?.targetReps !== null && record?.targetReps !== undefined,
      done: counted.length,
      status,
      statusOn,
      openedOn: latest.date,
      countedFrom,
      fromCallId: latest.callId,
      lastPractisedOn,
      recordId: record?.id ?? null,
      order,
    })
  }
  return result.sort((a, b) => b.order - a.order).map(({ order: _order, ...skill }) => skill)
}

/** Open skills first (newest opening first), then the closed ones, most recently closed first. */
export function splitSkills(skills: readonly SkillProgress[]): { open: SkillProgress[]; closed: SkillProgress[] } {
  const open = skills.filter((skill) => skill.status === 'open')
  const closed = skills
    .filter((skill) => skill.status !== 'open')
    .sort((a, b) => ((b.statusOn ?? '') > (a.statusOn ?? '') ? 1 : (b.statusOn ?? '') < (a.statusOn ?? '') ? -1 : 0))
  return { open, closed }
}

/**
 * `skills.update`: the manager's decision about one skill of a rep. Absent fields are left as they
 * are; `targetReps: null` goes back to the debrief's number. Marking `mastered` or `dropped` keeps
 * the day (`on`, today when absent); marking `open` again clears it.
 */
export const skillUpdateInputSchema = z.object({
  repId: idSchema,
  skill: cleanText(z.string().trim().min(1, 'Name the skill').max(500, 'Keep this under 500 characters')),
  targetReps: drillRepsSchema.nullish(),
  status: skillStatusSchema.optional(),
  on: isoDaySchema.optional(),
  /** The day repetitions are counted up to; the server's local day when absent. */
  today: isoDaySchema.optional(),
})
export type SkillUpdateInput = z.input<typeof skillUpdateInputSchema>

export const skillListInputSchema = z.object({ repId: idSchema, today: isoDaySchema.optional() })

/** A debriefed call as the rule before skill decisions read it (`legacyMasteries`). */
export type LegacySkillDebrief = {
  date: string
  skillFocus: string | null
  skillObserved: boolean | null
  skillToDrill: string | null
}

/**
 * The skills that closed by themselves under the rule before skill decisions existed: a skill
 * opened by a debrief closed once a LATER debrief, on a call whose pre-brief set out to observe
 * it, saw it done well (the same debrief both observing and asking again left it open). Now that
 * seeing it counts as a repetition and the manager marks mastery, a journal or file from before
 * records those skills as mastered on the observing call's day, so it shows the open skills it
 * showed. `debriefs` oldest first; one entry per skill still closed at the end.
 * Migration 0007 applies the same rule in SQL.
 */
export function legacyMasteries(debriefs: readonly LegacySkillDebrief[]): { skill: string; on: string }[] {
  const open = new Map<string, string>()
  const closed = new Map<string, { skill: string; on: string }>()
  for (const debrief of debriefs) {
    const focus = debrief.skillFocus?.trim() ? skillKey(debrief.skillFocus) : null
    if (debrief.skillObserved === true && focus !== null && open.has(focus)) {
      closed.set(focus, { skill: open.get(focus) ?? '', on: debrief.date })
      open.delete(focus)
    }
    const skill = debrief.skillToDrill?.trim()
    if (skill) {
      open.set(skillKey(skill), skill)
      closed.delete(skillKey(skill))
    }
  }
  return [...closed.values()]
}
