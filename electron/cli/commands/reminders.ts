import type { Command } from 'commander'
import { invokeOrThrow } from '../../../shared/invoke'
import { REMINDER_GROUP_TITLES, type Reminder, type ReminderGroup, type ReminderInbox } from '../../../shared/reminders'
import type { CliContext } from '../context'

/**
 * `coachbook reminders [--json]`: what is due now, as the app's Reminders inbox lists it (the
 * same rules and settings, docs/reminders.md): per kind a count and the first few. It only reads;
 * nothing is marked as notified. `--json` prints the inbox as the contract returns it.
 */
export function registerReminders(program: Command, ctx: CliContext): void {
  program
    .command('reminders')
    .description('what is due: debriefs waiting, calls to plan, skills with no practice lately; it only reads')
    .option('--json', 'print the inbox as JSON')
    .action(async (options: { json?: boolean }) => {
      const inbox = await ctx.withJournalToRead((core) => invokeOrThrow(core.invoke, 'reminders.list', {}))
      ctx.out(options.json ? `${JSON.stringify(inbox, null, 2)}\n` : formatInbox(inbox))
    })
}

export function formatInbox(inbox: ReminderInbox): string {
  const { today, time } = inbox.clock
  if (inbox.groups.length === 0) {
    const off = !inbox.settings.debriefs && !inbox.settings.prebriefs && !inbox.settings.skills
    return `Nothing due on ${today} at ${time}${off ? ': every kind of reminder is turned off in Settings' : ''}.\n`
  }
  const lines = [`Due on ${today} at ${time}: ${count(inbox.total, 'reminder', 'reminders')}.`]
  for (const group of inbox.groups) lines.push('', ...formatGroup(group))
  return `${lines.join('\n')}\n`
}

function formatGroup(group: ReminderGroup): string[] {
  const [one, many] = group.kind === 'skill' ? ['skill', 'skills'] : ['call', 'calls']
  const lines = [`${REMINDER_GROUP_TITLES[group.kind]} (${count(group.total, one, many)})`]
  for (const reminder of group.shown) lines.push(`  ${formatReminder(reminder)}`)
  const more = group.total - group.shown.length
  if (more > 0) lines.push(`  and ${more.toLocaleString('en-US')} more (the app's Reminders inbox leads to them all)`)
  return lines
}

function formatReminder(reminder: Reminder): string {
  switch (reminder.kind) {
    case 'debrief':
      return `${reminder.date}  ${reminder.account ?? 'Untitled call'}, with ${reminder.repName}${reminder.quickOnly ? ' (quick debrief only)' : ''}`
    case 'prebrief':
      return `${reminder.date}${reminder.time ? ` ${reminder.time}` : ''}  ${reminder.account ?? 'Untitled call'}, with ${reminder.repName}: no pre-brief yet`
    case 'skill':
      return `${reminder.skill}, ${reminder.repName}: ${
        reminder.lastPractisedOn ? `last practised ${reminder.idleDays} days ago` : `not practised since it was opened ${reminder.idleDays} days ago`
      }`
  }
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
