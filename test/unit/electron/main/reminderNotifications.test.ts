import { beforeEach, describe, expect, it, vi } from 'vitest'
import { REMINDER_CHECK_EVERY_MS, installReminderNotifications } from '../../../../electron/main/reminderNotifications'
import type { Invoke } from '../../../../shared/invoke'
import { DEFAULT_REMINDER_SETTINGS, type NewReminders } from '../../../../shared/reminders'
import { fail, ok, type Result } from '../../../../shared/result'
import { Notification, app, powerMonitor, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

beforeEach(resetElectronMock)

const TEXT = { title: 'Coachbook reminders', body: '2 debriefs waiting.' }
const LOCKED = fail('LOCKED', 'The journal is locked. Unlock it with its passphrase.')

/** A core that answers the two reminder calls as told, and records what main asked. */
function fakeCore(answers: { settings?: Result<unknown>; taken?: Result<unknown>[] }) {
  const taken = [...(answers.taken ?? [])]
  const invoke = vi.fn<Invoke>((channel) => {
    if (channel === 'reminders.settings') return Promise.resolve(answers.settings ?? ok(DEFAULT_REMINDER_SETTINGS))
    if (channel === 'reminders.takeNew') return Promise.resolve(taken.shift() ?? ok({ reminders: [], text: null } satisfies NewReminders))
    return Promise.resolve(fail('INTERNAL', `unexpected ${channel}`))
  })
  return invoke
}

/** Installs with a clock of 13 Nov 2026 09:30 local and a timer the test runs itself. */
function install(invoke: Invoke) {
  const timer: { run?: () => void; everyMs?: number; stopped: boolean } = { stopped: false }
  const onClick = vi.fn()
  const notifier = installReminderNotifications({
    invoke,
    onClick,
    now: () => new Date(2026, 10, 13, 9, 30),
    schedule: (run, everyMs) => {
      Object.assign(timer, { run, everyMs })
      return () => {
        timer.stopped = true
      }
    },
  })
  return { notifier, timer, onClick }
}

describe('desktop notifications of new reminders', () => {
  it('checks at start, shows the core’s words once, and a click opens the reminders', async () => {
    const invoke = fakeCore({ taken: [ok({ reminders: [{ kind: 'debrief' }, { kind: 'debrief' }], text: TEXT })] })
    const { notifier, onClick } = install(invoke)
    await notifier.check()
    expect(invoke).toHaveBeenCalledWith('reminders.takeNew', { clock: { today: '2026-11-13', time: '09:30' } })
    expect(Notification.instances.map((notification) => notification.options)).toEqual([TEXT])
    expect(Notification.instances[0]?.show).toHaveBeenCalledTimes(1)
    Notification.instances[0]?.emit('click')
    expect(onClick).toHaveBeenCalledTimes(1)
    // Nothing new the next time: no second notification.
    await notifier.check()
    expect(Notification.instances).toHaveLength(1)
  })

  it('checks again every hour, when the computer wakes and when a window gets the focus, and stops when uninstalled', async () => {
    const invoke = fakeCore({})
    const { notifier, timer } = install(invoke)
    await notifier.check()
    const takes = () => invoke.mock.calls.filter(([channel]) => channel === 'reminders.takeNew').length
    const before = takes()
    expect(timer.everyMs).toBe(REMINDER_CHECK_EVERY_MS)
    timer.run?.()
    await notifier.check()
    powerMonitor.emit('resume')
    await notifier.check()
    app.emit('browser-window-focus')
    await notifier.check()
    expect(takes()).toBeGreaterThanOrEqual(before + 3)
    await notifier.uninstall()
    expect(timer.stopped).toBe(true)
    expect(powerMonitor.listeners.get('resume')).toEqual([])
    expect(app.listeners.get('browser-window-focus')).toEqual([])
  })

  it('shows nothing while the journal is locked, and asks nothing more of it', async () => {
    const invoke = fakeCore({ settings: LOCKED, taken: [LOCKED] })
    const { notifier } = install(invoke)
    await notifier.check()
    expect(Notification.instances).toEqual([])
    expect(invoke.mock.calls.map(([channel]) => channel)).not.toContain('reminders.takeNew')
  })

  it('shows nothing when notifications are off in Settings, or the system has none', async () => {
    const off = fakeCore({ settings: ok({ ...DEFAULT_REMINDER_SETTINGS, notifications: false }), taken: [ok({ reminders: [{ kind: 'skill' }], text: TEXT })] })
    await install(off).notifier.check()
    expect(off.mock.calls.map(([channel]) => channel)).not.toContain('reminders.takeNew')
    Notification.isSupported.mockImplementation(() => false)
    const unsupported = fakeCore({ taken: [ok({ reminders: [{ kind: 'skill' }], text: TEXT })] })
    await install(unsupported).notifier.check()
    expect(unsupported).not.toHaveBeenCalled()
    expect(Notification.instances).toEqual([])
  })

  it('when quitting, waits for a check on its way and asks the core nothing after it', async () => {
    let answer: (result: Result<unknown>) => void = () => undefined
    const invoke = vi.fn<Invoke>((channel) =>
      channel === 'reminders.settings' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(ok({ reminders: [{ kind: 'skill' }], text: TEXT })),
    )
    const { notifier } = install(invoke)
    const stopping = notifier.uninstall()
    answer(ok(DEFAULT_REMINDER_SETTINGS))
    await stopping
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['reminders.settings'])
    expect(Notification.instances).toEqual([])
  })
})
