import { useEffect, useSyncExternalStore } from 'react'
import type { Api } from '../../../../shared/api'
import { localClock } from '../../../../shared/localClock'
import { REMINDERS_REFRESH_MS } from './useReminders'

/**
 * Reminders as notifications in browser mode (docs/reminders.md), with the Web Notification API.
 * Off until the person turns them on in Settings → Reminders, which asks the browser's
 * permission: the choice is this browser's (kept in its local storage, like the theme), since
 * the permission is too. The core decides what is new (`reminders.takeNew`, each reminder once)
 * and writes the words (counts only). The desktop app notifies from its main process instead.
 */
export const BROWSER_NOTIFY_KEY = 'coachbook.reminders.notify'
const CHANGE_EVENT = 'coachbook-reminders-notify-change'

/** What Settings says: on, off, refused by the browser, or not available here. */
export type BrowserNotifyState = 'on' | 'off' | 'refused' | 'unsupported'

type NotificationLike = {
  readonly permission: NotificationPermission
  requestPermission(): Promise<NotificationPermission>
  new (title: string, options?: NotificationOptions): { onclick: ((this: unknown, event: Event) => unknown) | null }
}

function notificationApi(): NotificationLike | null {
  const api = (globalThis as { Notification?: NotificationLike }).Notification
  return typeof api === 'function' ? api : null
}

function chosen(): boolean {
  try {
    return window.localStorage.getItem(BROWSER_NOTIFY_KEY) === 'on'
  } catch {
    return false
  }
}

function choose(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(BROWSER_NOTIFY_KEY, 'on')
    else window.localStorage.removeItem(BROWSER_NOTIFY_KEY)
  } catch {
    // Private mode: the choice holds until the page is closed (the event below still tells Settings).
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export function browserNotifyState(): BrowserNotifyState {
  const api = notificationApi()
  if (!api) return 'unsupported'
  if (api.permission === 'denied') return 'refused'
  return browserNotifyOn() ? 'on' : 'off'
}

/** Asks the browser's permission (from a click: browsers ask only then) and turns them on if given. */
export async function turnOnBrowserNotifications(): Promise<BrowserNotifyState> {
  const api = notificationApi()
  if (!api) return 'unsupported'
  const answer = api.permission === 'granted' ? 'granted' : await api.requestPermission()
  choose(answer === 'granted')
  return answer === 'granted' ? 'on' : answer === 'denied' ? 'refused' : 'off'
}

export function turnOffBrowserNotifications(): void {
  choose(false)
}

function subscribe(listener: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, listener)
  window.addEventListener('storage', listener)
  // A permission changed in the browser's own settings shows when the person comes back.
  window.addEventListener('focus', listener)
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener)
    window.removeEventListener('storage', listener)
    window.removeEventListener('focus', listener)
  }
}

export function useBrowserNotifyState(): BrowserNotifyState {
  return useSyncExternalStore(subscribe, browserNotifyState, () => 'unsupported')
}

/**
 * Whether notifications are on ('on' above), asking the browser's permission only when the person
 * chose them: the shell asks at every opening, and a new page's first read of the permission
 * costs ~6-9 ms of the main thread (measured in the page's profile, stop 24).
 */
function browserNotifyOn(): boolean {
  if (!chosen()) return false
  return notificationApi()?.permission === 'granted'
}

/** One check: the reminders no notification announced yet, shown as one notification. */
export async function checkBrowserReminders(api: Api, onOpen: () => void, now: Date = new Date()): Promise<void> {
  const Notice = notificationApi()
  if (!Notice || !browserNotifyOn()) return
  const taken = await api.reminders.takeNew({ clock: localClock(now) })
  if (!taken.ok || taken.value.text === null) return
  const notice = new Notice(taken.value.text.title, { body: taken.value.text.body, tag: 'coachbook-reminders' })
  notice.onclick = () => {
    window.focus()
    onOpen()
  }
}

/**
 * While on (and the journal open: the shell is not mounted while locked), checks at once, every
 * hour and whenever the tab comes back into view or gets the focus.
 */
export function useBrowserReminderNotifications(api: Api, enabled: boolean, onOpen: () => void): void {
  const on = useSyncExternalStore(subscribe, browserNotifyOn, () => false)
  useEffect(() => {
    if (!enabled || !on) return
    let running = false
    const check = () => {
      if (running) return
      running = true
      void checkBrowserReminders(api, onOpen).finally(() => {
        running = false
      })
    }
    const onVisible = () => {
      if (document.visibilityState === 'visible') check()
    }
    check()
    const timer = window.setInterval(check, REMINDERS_REFRESH_MS)
    window.addEventListener('focus', check)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('focus', check)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [api, enabled, on, onOpen])
}
