import '../../helpers/cleanup'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fail, ok } from '../../../../../shared/result'
import { BROWSER_NOTIFY_KEY, checkBrowserReminders } from '../../../../../renderer/src/features/reminders/browserNotifications'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'
// Loaded with the file, not inside the first test's wait: the screen is a chunk of its own.
import '../../../../../renderer/src/features/settings/SettingsPage'

/** The Web Notification API as a browser answers it: a permission, a question, and the notices made. */
function fakeNotifications(permission: NotificationPermission, answer: NotificationPermission) {
  const made: { title: string; body: string | undefined; onclick: (() => void) | null }[] = []
  const Fake = class {
    static permission = permission
    static requestPermission = vi.fn(() => {
      Fake.permission = answer
      return Promise.resolve(answer)
    })
    onclick: (() => void) | null = null
    constructor(title: string, options?: NotificationOptions) {
      made.push(Object.assign(this, { title, body: options?.body }))
    }
  }
  vi.stubGlobal('Notification', Fake)
  return { Fake, made }
}

afterEach(() => {
  vi.unstubAllGlobals()
  window.localStorage.removeItem(BROWSER_NOTIFY_KEY)
})

async function remindersSection() {
  return within(await screen.findByRole('region', { name: 'Reminders' }))
}

describe('Settings → Reminders', () => {
  it('turns a kind off in the journal', async () => {
    fakeNotifications('default', 'default')
    const journal = fakeJournal()
    renderApp(journal.api, '/settings?section=reminders')
    const section = await remindersSection()
    fireEvent.click(await section.findByRole('checkbox', { name: /Skills with no practice/ }))
    await waitFor(() => expect(journal.log.filter((entry) => entry.channel === 'reminders.updateSettings').at(-1)?.input).toEqual({ skills: false }))
    await waitFor(() => expect(section.getByRole<HTMLInputElement>('checkbox', { name: /Skills with no practice/ }).checked).toBe(false))
  })

  it('shows a click at once, while the journal is still saving it, and the saved choice again when refused', async () => {
    fakeNotifications('default', 'default')
    const journal = fakeJournal()
    let answer: (result: ReturnType<typeof fail>) => void = () => undefined
    journal.override('reminders.updateSettings', () => new Promise((resolve) => (answer = resolve)))
    renderApp(journal.api, '/settings?section=reminders')
    const section = await remindersSection()
    const box = await section.findByRole<HTMLInputElement>('checkbox', { name: /Calls to plan/ })
    expect(box.checked).toBe(true)
    fireEvent.click(box)
    expect(box.checked, 'unticked by the click itself').toBe(false)
    await waitFor(() => expect(journal.log.some((entry) => entry.channel === 'reminders.updateSettings')).toBe(true))
    expect(box.checked, 'unticked while the save is on its way').toBe(false)
    answer(fail('IO_FAILURE', 'The disk is full.'))
    expect(await section.findByText(/Not saved: The disk is full/)).toBeTruthy()
    expect(box.checked, 'the saved choice, since this one was not saved').toBe(true)
  })

  it('asks the browser first, and says clearly when it refused', async () => {
    const { Fake } = fakeNotifications('default', 'denied')
    renderApp(fakeJournal().api, '/settings?section=reminders')
    const section = await remindersSection()
    const box = await section.findByRole<HTMLInputElement>('checkbox', { name: 'Show notifications in this browser' })
    expect(box.checked).toBe(false)
    fireEvent.click(box)
    expect(await section.findByText(/This browser refused to show notifications for Coachbook/)).toBeTruthy()
    expect(Fake.requestPermission).toHaveBeenCalledTimes(1)
    expect(box.checked).toBe(false)
    expect(window.localStorage.getItem(BROWSER_NOTIFY_KEY)).toBeNull()
  })

  it('once allowed, shows the core’s words for new reminders, and a click leads to the inbox', async () => {
    const { made } = fakeNotifications('default', 'granted')
    const journal = fakeJournal()
    renderApp(journal.api, '/settings?section=reminders')
    const section = await remindersSection()
    fireEvent.click(await section.findByRole('checkbox', { name: 'Show notifications in this browser' }))
    await waitFor(() => expect(section.getByRole<HTMLInputElement>('checkbox', { name: 'Show notifications in this browser' }).checked).toBe(true))
    // The page's own checks stop with it, so the one below is the only one.
    cleanup()
    made.splice(0)

    journal.override('reminders.takeNew', () => ok({ reminders: [], text: { title: 'Coachbook reminders', body: '1 call to plan.' } }))
    const opened = vi.fn()
    await checkBrowserReminders(journal.api, opened, new Date(2026, 10, 13, 9, 30))
    expect(made.map(({ title, body }) => ({ title, body }))).toEqual([{ title: 'Coachbook reminders', body: '1 call to plan.' }])
    expect(journal.log.filter((entry) => entry.channel === 'reminders.takeNew').at(-1)?.input).toEqual({ clock: { today: '2026-11-13', time: '09:30' } })
    made.at(-1)?.onclick?.()
    expect(opened).toHaveBeenCalledTimes(1)
  })

  it('shows nothing before it is turned on, even when the browser would allow it', async () => {
    const { made } = fakeNotifications('granted', 'granted')
    const journal = fakeJournal()
    journal.override('reminders.takeNew', () => ok({ reminders: [], text: { title: 'Coachbook reminders', body: '1 call to plan.' } }))
    await checkBrowserReminders(journal.api, () => undefined)
    expect(made).toEqual([])
    expect(journal.log.filter((entry) => entry.channel === 'reminders.takeNew')).toEqual([])
  })

  it('does not ask the browser’s permission at an opening until notifications were chosen', async () => {
    const { Fake } = fakeNotifications('granted', 'granted')
    let asked = 0
    const permission = Fake.permission
    Object.defineProperty(Fake, 'permission', { get: () => (asked++, permission), configurable: true })
    const journal = fakeJournal()
    renderApp(journal.api, '/')
    await waitFor(() => expect(document.documentElement.dataset['appReady']).toBe('true'))
    expect(asked).toBe(0)
    expect(journal.log.filter((entry) => entry.channel === 'reminders.takeNew')).toEqual([])
    cleanup()

    // Chosen: the opening asks, and checks for new reminders.
    window.localStorage.setItem(BROWSER_NOTIFY_KEY, 'on')
    renderApp(journal.api, '/')
    await waitFor(() => expect(journal.log.filter((entry) => entry.channel === 'reminders.takeNew')).toHaveLength(1))
    expect(asked).toBeGreaterThan(0)
  })
})
