import { Link } from 'wouter'
import { REMINDER_GROUP_TITLES, type Reminder, type ReminderGroup, type ReminderKind } from '../../../../shared/reminders'
import { paths } from '../../app/paths'
import { buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { QueryGate } from '../../components/QueryGate'
import { PageHeader } from '../../components/PageHeader'
import { formatTime } from '../../lib/format'
import { relativeDay } from '../../lib/relativeDay'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { settingsPath } from '../settings/settingsSections'
import { useReminderInbox } from './useReminders'
import '../../components/ListCard.css'
import './reminders.css'

/** Where the whole of a kind can be seen when the inbox shows only the first few. */
const ALL_OF_KIND: Record<ReminderKind, { href: string; label: string } | null> = {
  debrief: { href: '/calls?when=past&waiting=1', label: 'See the calls waiting for a debrief' },
  prebrief: { href: '/calls?when=upcoming', label: 'See the upcoming calls' },
  skill: { href: '/reps', label: 'See the reps' },
}

/**
 * The reminders inbox (`#/reminders`): per kind, how many are due and the first few, each leading
 * to the call or rep it is about. Nothing is stored here: doing the thing (or closing the skill)
 * is what makes a reminder go; a kind can be turned off in Settings → Reminders.
 */
export function RemindersPage() {
  useDocumentTitle('Reminders')
  const inbox = useReminderInbox()
  return (
    <div className="reminders">
      <PageHeader
        title="Reminders"
        description="What is due: debriefs from the morning after a call, calls up to the next working day without a pre-brief, and open skills left unpractised for two weeks."
        actions={
          <Link href={settingsPath('reminders')} className={buttonClass('secondary', 'sm')}>
            Reminder settings
          </Link>
        }
      />
      <QueryGate query={inbox} loading="Loading reminders…" failed="Reminders could not be loaded">
        {(due) =>
          due.groups.length === 0 ? (
            <EmptyState title="Nothing due">
              <p>
                {noneOn(due.settings)
                  ? 'Every kind of reminder is turned off in Settings.'
                  : 'No debrief is waiting, every call up to the next working day has its pre-brief, and every open skill was practised lately.'}
              </p>
            </EmptyState>
          ) : (
            due.groups.map((group) => <Group key={group.kind} group={group} today={due.clock.today} />)
          )
        }
      </QueryGate>
    </div>
  )
}

function noneOn(settings: { debriefs: boolean; prebriefs: boolean; skills: boolean }): boolean {
  return !settings.debriefs && !settings.prebriefs && !settings.skills
}

function Group({ group, today }: { group: ReminderGroup; today: string }) {
  const headingId = `reminders-${group.kind}-heading`
  const all = ALL_OF_KIND[group.kind]
  return (
    <section className="card list-card" aria-labelledby={headingId} data-reminder-kind={group.kind}>
      <header className="list-card__header">
        <h2 id={headingId}>{REMINDER_GROUP_TITLES[group.kind]}</h2>
        <span className="list-card__count">{countOf(group)}</span>
      </header>
      <ul className="list-card__items">
        {group.shown.map((reminder) => (
          <Item key={reminder.key} reminder={reminder} today={today} />
        ))}
      </ul>
      {group.total > group.shown.length && (
        <p className="list-card__more">
          And {group.total - group.shown.length} more.{' '}
          {all && <Link href={all.href}>{all.label}</Link>}
        </p>
      )}
    </section>
  )
}

function countOf(group: ReminderGroup): string {
  const [one, many] = group.kind === 'skill' ? ['skill', 'skills'] : ['call', 'calls']
  return `${group.total} ${group.total === 1 ? one : many}`
}

function Item({ reminder, today }: { reminder: Reminder; today: string }) {
  const title = reminder.kind === 'skill' ? reminder.skill : (reminder.account ?? 'Untitled call')
  const { href, action, meta } = describe(reminder, today)
  return (
    <li className="list-card__item" data-reminder-key={reminder.key}>
      <div className="list-card__main">
        <span className="list-card__title">{title}</span>
        <span className="reminder-item__meta">{meta}</span>
      </div>
      <Link href={href} className={buttonClass('secondary', 'sm')}>
        {action}
        <span className="visually-hidden">: {title}</span>
      </Link>
    </li>
  )
}

function describe(reminder: Reminder, today: string): { href: string; action: string; meta: string } {
  switch (reminder.kind) {
    case 'debrief':
      return {
        href: paths.call(reminder.callId, 'debrief'),
        action: reminder.quickOnly ? 'Finish the debrief' : 'Debrief',
        meta: `${relativeDay(reminder.date, today)} with ${reminder.repName}${reminder.quickOnly ? ' · quick debrief only' : ''}`,
      }
    case 'prebrief':
      return {
        href: paths.call(reminder.callId, 'prebrief'),
        action: 'Plan it',
        meta: `${relativeDay(reminder.date, today)}${reminder.time ? ` at ${formatTime(reminder.time)}` : ''} with ${reminder.repName}`,
      }
    case 'skill':
      return {
        href: paths.rep(reminder.repId),
        action: 'Open the rep',
        meta: `${reminder.repName} · ${
          reminder.lastPractisedOn ? `last practised ${reminder.idleDays} days ago` : `not practised since it was opened ${reminder.idleDays} days ago`
        }`,
      }
  }
}
