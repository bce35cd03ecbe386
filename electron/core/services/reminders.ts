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

  /** Every reminder due at `clock` of the kinds that are on. Call inside a transaction. */
  const due = (clock: ReminderClock): Reminder[] => {
    const settings = repo.settings()
    const calls = settings.debriefs || settings.prebriefs ? repo.candidateCalls(clock.today, nextWorkingDay(clock.today)) : []
    const skills: ReminderSkillInput[] = settings.skills
      ? repo.activeReps().flatMap((rep) =>
          skillsOfRep(skillQueries, ctx.repos, rep.id, clock.today).map((progress) => ({
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
        return { clock, total: reminders.length, groups: groupReminders(reminders), settings: repo.settings() }
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
        return { reminders: fresh, text: notificationText(fresh) }
      }),
    settings: () => repo.settings(),
    updateSettings: (changes) =>
      ctx.write(() => {
        repo.saveSettings(applyPatch(repo.settings(), changes), ctx.now())
        return repo.settings()
      }),
  }
}
