import { app, Notification, powerMonitor } from 'electron'
import type { Invoke } from '../../shared/invoke'
import { localClock, type NewReminders, type ReminderSettings } from '../../shared/reminders'

/**
 * Desktop notifications of new reminders (docs/reminders.md). Thin: the core decides what is due
 * and what was announced before (`reminders.takeNew`), and writes the words (counts only, never a
 * name); main only shows them. Checked at start, every hour, when the computer wakes and when a
 * Coachbook window gets the focus. A locked journal answers LOCKED to both calls, so nothing is
 * shown while it is locked, and what became due meanwhile is announced after it is unlocked.
 */
export const REMINDER_CHECK_EVERY_MS = 60 * 60 * 1000

export type ReminderNotifier = {
  /** Asks the core for new reminders and shows one notification when there are any. */
  check(): Promise<void>
  /** Stops checking; resolves once a check on its way has ended, so the journal can then be closed. */
  uninstall(): Promise<void>
}

type Schedule = (run: () => void, everyMs: number) => () => void
const everyInterval: Schedule = (run, everyMs) => {
  const timer = setInterval(run, everyMs)
  return () => clearInterval(timer)
}

export function installReminderNotifications(context: {
  invoke: Invoke
  /** Clicking the notification: show the window on its reminders. */
  onClick: () => void
  now?: () => Date
  /** The hourly timer; a test passes its own and runs it (no test waits on time). */
  schedule?: Schedule
}): ReminderNotifier {
  const now = context.now ?? (() => new Date())
  let running: Promise<void> | null = null
  let stopped = false
  // Kept referenced until closed: a notification collected by the GC loses its click handler.
  const shown = new Set<Notification>()

  const checkOnce = async (): Promise<void> => {
    if (stopped || !Notification.isSupported()) return
    const settings = await context.invoke('reminders.settings', {})
    // Quitting may have begun meanwhile: a call now would open the journal's thread again.
    if (stopped || !settings.ok || !(settings.value as ReminderSettings).notifications) return
    const taken = await context.invoke('reminders.takeNew', { clock: localClock(now()) })
    if (!taken.ok) return
    const { text } = taken.value as NewReminders
    if (stopped || text === null) return
    const notification = new Notification({ title: text.title, body: text.body })
    shown.add(notification)
    notification.on('click', () => {
      shown.delete(notification)
      context.onClick()
    })
    notification.on('close', () => shown.delete(notification))
    notification.show()
  }
  // One check at a time: a wake and a focus arriving together announce once.
  const check = (): Promise<void> => {
    running ??= checkOnce()
      .catch((error: unknown) => console.error(`coachbook: reminder check failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null
      })
    return running
  }
  const onEvent = () => void check()

  const stopTimer = (context.schedule ?? everyInterval)(onEvent, REMINDER_CHECK_EVERY_MS)
  powerMonitor.on('resume', onEvent)
  app.on('browser-window-focus', onEvent)
  void check()
  return {
    check,
    uninstall() {
      stopped = true
      stopTimer()
      powerMonitor.removeListener('resume', onEvent)
      app.removeListener('browser-window-focus', onEvent)
      return running ?? Promise.resolve()
    },
  }
}
