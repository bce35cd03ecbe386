import type { Handlers } from '../../../shared/contract'
import {
  dueReminders,
  groupReminders,
  localClock,
  nextWorkingDay,
  notificationText,
  type Reminder,
  type ReminderClock,
  type ReminderSkillInput,
} from '../../../shared/reminders'
import type { SkillProgress } from '../../../shared/skills'
import type { CoreContext } from '../context'
import { createRemindersRepository } from '../db/reminders'
import { skillsOfRep } from './overview/openSkills'
import { createRepOverviewQueries } from './overview/repOverviewQueries'
import { applyPatch } from './patch'

/**
 * Reminders (docs/reminders.md): read from the journal at the clock the face passes (its local
 * day and time; the core's own when absent), the rules in shared/reminders.ts. `takeNew` is the
 * notifications' half: the reminders no notification announced yet, remembered as announced.
 */
export function remindersHandlers(ctx: CoreContext): Handlers['reminders'] {
  const repo = createRemindersRepository(ctx.db)
  const skillQueries = createRepOverviewQueries(ctx.db)
  const clockOf = (given: ReminderClock | undefined) => given ?? localClock(new Date(ctx.now()))

  /**
   * Each rep's skills with their progress, worked out again only when something they are read from
   * changed (the counter of migration 0010) or the day did: reading every debrief of every rep took
   * seconds at 100,000 calls, and the bell asks after every save. Call inside a transaction.
   */
  let skillCache: { version: number; today: string; byRep: Map<string, SkillProgress[]> } | null = null
  const skillsOf = (repId: string, today: string): SkillProgress[] => {
    const version = repo.skillInputsVersion()
    if (skillCache === null || skillCache.version !== version || skillCache.today !== today) {
      skillCache = { version, today, byRep: new Map() }
    }
    let skills = skillCache.byRep.get(repId)
    if (skills === undefined) {
      skills = skillsOfRep(skillQueries, ctx.repos, repId, today)
      skillCache.byRep.set(repId, skills)
    }
    return skills
  }

  /**
   * The calls' account and time written into these reminders: the candidates before today come
   * without them (db/reminders.ts), so the few shown, or announced, read them here.
   */
  function withCallDetails<R extends Reminder>(reminders: readonly R[]): R[] {
    const callIds = reminders.flatMap((reminder) => (reminder.kind === 'skill' ? [] : [reminder.callId]))
    if (callIds.length === 0) return [...reminders]
    const details = repo.callDetails(callIds)
    return reminders.map((reminder) => {
      if (reminder.kind === 'skill') return reminder
      const found = details.get(reminder.callId)
      if (!found) return reminder
      return reminder.kind === 'prebrief' ? { ...reminder, account: found.account, time: found.time } : { ...reminder, account: found.account }
    })
  }

  /** Every reminder due at `clock` of the kinds that are on. Call inside a transaction. */
  const due = (clock: ReminderClock): Reminder[] => {
    const settings = repo.settings()
    const calls = settings.debriefs || settings.prebriefs ? repo.candidateCalls(clock.today, nextWorkingDay(clock.today)) : []
    const skills: ReminderSkillInput[] = settings.skills
      ? repo.activeReps().flatMap((rep) =>
          skillsOf(rep.id, clock.today).map((progress) => ({
            repId: rep.id,
            repName: rep.name,
            repArchived: false,
            progress,
          })),
        )
      : []
    return dueReminders({ calls, skills, settings }, clock)
  }

  return {
    list: ({ clock: given }) =>
      ctx.db.transaction(() => {
        const clock = clockOf(given)
        const reminders = due(clock)
        const groups = groupReminders(reminders).map((group) => ({ ...group, shown: withCallDetails(group.shown) }))
        return { clock, total: reminders.length, groups, settings: repo.settings() }
      })(),
    takeNew: ({ clock: given }) =>
      ctx.write(() => {
        const reminders = due(clockOf(given))
        const notified = repo.noticeKeys()
        const fresh = reminders.filter((reminder) => !notified.has(reminder.key))
        const at = ctx.now()
        for (const reminder of fresh) repo.addNotice(reminder.key, at)
        // A reminder no longer due (done, or its kind turned off) is forgotten: should it come back, it is news again.
        const current = new Set(reminders.map((reminder) => reminder.key))
        for (const key of notified) if (!current.has(key)) repo.dropNotice(key)
        return { reminders: withCallDetails(fresh), text: notificationText(fresh) }
      }),
    settings: () => repo.settings(),
    updateSettings: (changes) =>
      ctx.write(() => {
        repo.saveSettings(applyPatch(repo.settings(), changes), ctx.now())
        return repo.settings()
      }),
  }
}
