import { Link, useLocation } from 'wouter'
import { useReminderInbox } from './useReminders'
import './reminders.css'

/**
 * The shell's door to the reminders: a bell with how many are due. A link, so it is reached by
 * Tab and opened by Enter; its name says the count ("Reminders 4 due"). No count while it is
 * unknown (or the read failed: the inbox itself says why).
 *
 * The count is read once the first screen is ready (`readAfter`): working out which skills have
 * gone idle reads every debrief that opened one, about a second of the core's time in a ten-year
 * journal, and the first screen should not wait for the bell (docs/performance.md, "First screen").
 */
export function RemindersButton({ readAfter = true }: { readAfter?: boolean }) {
  const inbox = useReminderInbox({ enabled: readAfter })
  const [location] = useLocation()
  const total = inbox.data?.total ?? 0
  return (
    <Link
      href="/reminders"
      className="reminders-button"
      aria-current={location === '/reminders' ? 'page' : undefined}
      data-reminder-count={inbox.data ? total : undefined}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M8 1.75a4 4 0 0 0-4 4v2.6L2.6 10.9a.6.6 0 0 0 .5.9h9.8a.6.6 0 0 0 .5-.9L12 8.35v-2.6a4 4 0 0 0-4-4Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
        />
        <path d="M6.4 13.3a1.7 1.7 0 0 0 3.2 0" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      </svg>
      {/* The name is what is seen, "Reminders 4", with "due" for screen readers. */}
      <span className="reminders-button__text">Reminders</span>
      {total > 0 && (
        <>
          {' '}
          <span className="reminders-button__count">{total > 99 ? '99+' : total}</span>
          <span className="visually-hidden"> due</span>
        </>
      )}
    </Link>
  )
}
