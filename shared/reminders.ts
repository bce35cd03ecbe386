import { z } from 'zod'
import { isoDaySchema, timeOfDaySchema } from './dates'
import { addDays, daysBetween, isoWeekday } from './isoWeek'
import { isHeld } from './callTiming'
import { fullDebriefStillToDo } from './quickDebrief'
import { skillKey, type SkillProgress } from './skills'
import type { Outcome } from './domain'

/**
 * Reminders (issue 14, item 3; docs/reminders.md): what the manager said they would do and has
 * not, computed from the journal each time it is asked, never stored. Three kinds:
 *
 * - `debrief`: a held call still waiting for its debrief, or for its full debrief when only the
 *   60-second one is written (shared/quickDebrief.ts). Due from the morning after the call
 *   (REMINDER_MORNING, local time): the evening of the call is still "right after it".
 * - `prebrief`: a call from today up to the next working day (Monday to Friday) with no
 *   pre-brief, so Friday already reminds about Monday's calls.
 * - `skill`: an open skill to drill (shared/skills.ts) with no repetition for SKILL_IDLE_DAYS,
 *   counted from its last repetition, else from the day it was opened.
 *
 * Cancelled calls and archived reps remind about nothing; mastered and dropped skills neither.
 * The clock is passed in (`ReminderClock`): the rules never read the time themselves.
 */

export const REMINDER_KINDS = ['debrief', 'prebrief', 'skill'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** The local time from which a call's debrief is reminded about, on the day after the call. */
export const REMINDER_MORNING = '08:00'
/** An open skill with no repetition for this many days is reminded about. */
export const SKILL_IDLE_DAYS = 14
/** How many reminders of each kind the inbox shows; the count says how many there are in all. */
export const REMINDERS_SHOWN_PER_KIND = 5

/** The manager's local day and time: the rules' only notion of "now". */
export type ReminderClock = { today: string; time: string }

export const reminderClockSchema = z.object({ today: isoDaySchema, time: timeOfDaySchema })

/** Each kind's name as a heading: the inbox's groups and the `coachbook reminders` command. */
export const REMINDER_GROUP_TITLES: Record<ReminderKind, string> = {
  debrief: 'Debriefs waiting',
  prebrief: 'Calls to plan',
  skill: 'Skills with no practice lately',
}

/** A call as the reminder rules read it (the core's query already left out cancelled calls it can). */
export type ReminderCall = {
  callId: string
  repId: string
  repName: string
  repArchived: boolean
  date: string
  time: string | null
  account: string | null
  cancelled: boolean
  hasPrebrief: boolean
  /** The debrief's outcome, or null when the call has no debrief at all. */
  debrief: { outcome: Outcome | null } | null
}

export type ReminderSkillInput = { repId: string; repName: string; repArchived: boolean; progress: SkillProgress }

type ReminderBase = {
  /** Stable while the reminder stands, new when it comes back for a new reason: what "notified once" remembers. */
  key: string
  repId: string
  repName: string
  /** The local day from which it is due; the inbox lists the most recently due first. */
  dueOn: string
}

export type Reminder =
  | (ReminderBase & {
      kind: 'debrief'
      callId: string
      date: string
      account: string | null
      /** Only the 60-second debrief is written: the full one is still to do. */
      quickOnly: boolean
    })
  | (ReminderBase & { kind: 'prebrief'; callId: string; date: string; time: string | null; account: string | null })
  | (ReminderBase & {
      kind: 'skill'
      skill: string
      /** The last repetition, or null when none was counted yet. */
      lastPractisedOn: string | null
      /** Days since the last repetition (or since it was opened). */
      idleDays: number
    })

/** Whether each kind is on: stored in the journal's settings row (migration 0008). */
export type ReminderSettings = {
  debriefs: boolean
  prebriefs: boolean
  skills: boolean
  /** Desktop notifications from the Electron app (browser mode asks each browser: docs/reminders.md). */
  notifications: boolean
}
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { debriefs: true, prebriefs: true, skills: true, notifications: true }

export const reminderSettingsPatchSchema = z.object({
  debriefs: z.boolean().optional(),
  prebriefs: z.boolean().optional(),
  skills: z.boolean().optional(),
  notifications: z.boolean().optional(),
})

const KIND_SETTING: Record<ReminderKind, keyof ReminderSettings> = { debrief: 'debriefs', prebrief: 'prebriefs', skill: 'skills' }

export function isKindOn(settings: ReminderSettings, kind: ReminderKind): boolean {
  return settings[KIND_SETTING[kind]]
}

/** The day after `day` that is a working day (Monday to Friday). */
export function nextWorkingDay(day: string): string {
  let next = addDays(day, 1)
  while (isoWeekday(next) >= 5) next = addDays(next, 1)
  return next
}

/** The local day from which a held call's debrief is reminded about (from REMINDER_MORNING). */
export function debriefDueOn(callDate: string): string {
  return addDays(callDate, 1)
}

function isDue(dueOn: string, clock: ReminderClock): boolean {
  return dueOn < clock.today || (dueOn === clock.today && clock.time >= REMINDER_MORNING)
}

export function debriefReminder(call: ReminderCall, clock: ReminderClock): Reminder | null {
  if (call.cancelled || call.repArchived || !isHeld(call.date, clock.today)) return null
  const quickOnly = fullDebriefStillToDo(call.debrief)
  if (call.debrief !== null && !quickOnly) return null
  const dueOn = debriefDueOn(call.date)
  if (!isDue(dueOn, clock)) return null
  return {
    kind: 'debrief',
    // A quick debrief turns "write the debrief" into "finish it": a new reminder, notified anew.
    key: `debrief:${call.callId}:${quickOnly ? 'full' : 'any'}`,
    callId: call.callId,
    repId: call.repId,
    repName: call.repName,
    date: call.date,
    account: call.account,
    quickOnly,
    dueOn,
  }
}

export function prebriefReminder(call: ReminderCall, clock: ReminderClock): Reminder | null {
  if (call.cancelled || call.repArchived || call.hasPrebrief || call.debrief !== null) return null
  if (call.date < clock.today || call.date > nextWorkingDay(clock.today)) return null
  return {
    kind: 'prebrief',
    // The day is in the key: a call moved to another day is a new reason to plan it.
    key: `prebrief:${call.callId}:${call.date}`,
    callId: call.callId,
    repId: call.repId,
    repName: call.repName,
    date: call.date,
    time: call.time,
    account: call.account,
    // Due as soon as it enters the window: the working day before it, or today when created late.
    dueOn: clock.today,
  }
}

export function skillReminder(input: ReminderSkillInput, clock: ReminderClock): Reminder | null {
  const { progress } = input
  if (input.repArchived || progress.status !== 'open') return null
  const since = progress.lastPractisedOn ?? progress.countedFrom
  const idleDays = daysBetween(since, clock.today)
  if (idleDays < SKILL_IDLE_DAYS) return null
  return {
    kind: 'skill',
    // From the last repetition: practising it and letting it rest again reminds anew.
    key: `skill:${input.repId}:${skillKey(progress.skill)}:${since}`,
    repId: input.repId,
    repName: input.repName,
    skill: progress.skill,
    lastPractisedOn: progress.lastPractisedOn,
    idleDays,
    dueOn: addDays(since, SKILL_IDLE_DAYS),
  }
}

/** Every reminder due at `clock` of the kinds that are on. */
export function dueReminders(
  input: { calls: readonly ReminderCall[]; skills: readonly ReminderSkillInput[]; settings: ReminderSettings },
  clock: ReminderClock,
): Reminder[] {
  const found: Reminder[] = []
  for (const call of input.calls) {
    const reminder = debriefReminder(call, clock) ?? prebriefReminder(call, clock)
    if (reminder && isKindOn(input.settings, reminder.kind)) found.push(reminder)
  }
  if (input.settings.skills) {
    for (const skill of input.skills) {
      const reminder = skillReminder(skill, clock)
      if (reminder) found.push(reminder)
    }
  }
  return found
}

export type ReminderGroup<K extends ReminderKind = ReminderKind> = {
  kind: K
  /** How many reminders of this kind there are. */
  total: number
  /** The first REMINDERS_SHOWN_PER_KIND of them, in the order below. */
  shown: Extract<Reminder, { kind: K }>[]
}

/** What `reminders.list` answers: one group per kind that is on and has reminders. */
export type ReminderInbox = {
  clock: ReminderClock
  total: number
  groups: ReminderGroup[]
  settings: ReminderSettings
}

/**
 * Groups reminders per kind so the inbox never becomes a wall: a count per kind, then a few.
 * Debriefs and skills most recently due first (a debrief is best written while the call is
 * fresh, and an old one is not lost: the count and the calls list hold it); calls to plan
 * soonest first, since the soonest is the one to plan now.
 */
export function groupReminders(reminders: readonly Reminder[], shownPerKind = REMINDERS_SHOWN_PER_KIND): ReminderGroup[] {
  return REMINDER_KINDS.flatMap((kind) => {
    const ofKind = reminders.filter((reminder) => reminder.kind === kind)
    if (ofKind.length === 0) return []
    return [{ kind, total: ofKind.length, shown: firstInOrder(ofKind, shownPerKind, compareInKind) }]
  })
}

/**
 * The first `count` items in `compare`'s order, as sorting them all and taking `count` would
 * give (the order is total: ties end at the key), without sorting thousands to show five: an old
 * journal has thousands of debriefs waiting, and the bell reads the inbox after every save.
 */
function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const chosen: T[] = []
  if (count <= 0) return chosen
  for (const item of items) {
    const last = chosen[chosen.length - 1]
    if (chosen.length === count && last !== undefined && compare(item, last) >= 0) continue
    let at = chosen.length
    while (at > 0 && compare(item, chosen[at - 1] as T) < 0) at--
    chosen.splice(at, 0, item)
    if (chosen.length > count) chosen.pop()
  }
  return chosen
}

function compareInKind(a: Reminder, b: Reminder): number {
  if (a.kind === 'prebrief' && b.kind === 'prebrief') {
    return compareText(a.date, b.date) || compareText(a.time ?? '99:99', b.time ?? '99:99') || compareText(a.key, b.key)
  }
  if (a.kind === 'debrief' && b.kind === 'debrief') return compareText(b.date, a.date) || compareText(a.key, b.key)
  return compareText(b.dueOn, a.dueOn) || compareText(a.key, b.key)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The words of a notification. Counts only, never a name, an account or a skill: a notification
 * is read on a lock screen or a shared display, outside the app's lock and out of its hands
 * (docs/reminders.md). Null when there is nothing to say.
 */
export function notificationText(reminders: readonly Pick<Reminder, 'kind'>[]): { title: string; body: string } | null {
  if (reminders.length === 0) return null
  const count = (kind: ReminderKind) => reminders.filter((reminder) => reminder.kind === kind).length
  const parts = [
    plural(count('debrief'), 'debrief waiting', 'debriefs waiting'),
    plural(count('prebrief'), 'call to plan', 'calls to plan'),
    plural(count('skill'), 'skill to practise', 'skills to practise'),
  ].filter((part): part is string => part !== null)
  return { title: 'Coachbook reminders', body: `${parts.join(', ')}.` }
}

function plural(n: number, one: string, many: string): string | null {
  return n === 0 ? null : `${n} ${n === 1 ? one : many}`
}

// The faces' clock lives apart from the schemas (./localClock.ts): the renderer's entry reads it without zod.
export { localClock } from './localClock'

/** `reminders.list` and `reminders.takeNew`: the clock, when the caller has one (tests, the faces). */
export const remindersInputSchema = z.object({ clock: reminderClockSchema.optional() })

/** What `reminders.takeNew` answers: the reminders not notified before, now remembered as notified. */
export type NewReminders = { reminders: Reminder[]; text: { title: string; body: string } | null }
