import { useState } from 'react'
import type { ReminderSettings } from '../../../../shared/reminders'
import { QueryGate } from '../../components/QueryGate'
import { FieldGroup } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { currentPlatform } from '../../platform'
import {
  turnOffBrowserNotifications,
  turnOnBrowserNotifications,
  useBrowserNotifyState,
  type BrowserNotifyState,
} from './browserNotifications'
import { useReminderSettings, useUpdateReminderSettings } from './useReminders'
import './reminders.css'

const KINDS: { name: 'debriefs' | 'prebriefs' | 'skills'; label: string; hint: string }[] = [
  { name: 'debriefs', label: 'Debriefs waiting', hint: 'From the morning after a call, until its full debrief is written.' },
  { name: 'prebriefs', label: 'Calls to plan', hint: 'Calls from today up to the next working day with no pre-brief.' },
  { name: 'skills', label: 'Skills with no practice', hint: 'An open skill to drill not practised for two weeks.' },
]

/**
 * Settings → Reminders: each kind on or off (kept in the journal), and notifications — the
 * desktop app's kept in the journal too, a browser's in that browser, since it is the browser
 * that must allow them.
 */
export function RemindersSection() {
  const settings = useReminderSettings()
  return (
    <section className="card settings-card reminders-settings" aria-labelledby="settings-reminders-heading">
      <h2 id="settings-reminders-heading">Reminders</h2>
      <QueryGate query={settings} loading="Loading reminder settings…" failed="Reminder settings could not be loaded">
        {(saved) => <ReminderChoices settings={saved} />}
      </QueryGate>
    </section>
  )
}

function ReminderChoices({ settings: saved }: { settings: ReminderSettings }) {
  const update = useUpdateReminderSettings()
  const desktop = currentPlatform().kind === 'desktop'
  // A box shows what was clicked at once (in the click's own render: the mutation's state arrives
  // a moment later), not the saved choice until the journal answers; once the save has settled,
  // the saved choices show again (a refused change springs back, with its message).
  const [clicked, setClicked] = useState<Partial<ReminderSettings>>({})
  const settings: ReminderSettings = { ...saved, ...clicked }
  const choose = (change: Partial<ReminderSettings>) => {
    setClicked((current) => ({ ...current, ...change }))
    // Settled is reported for the latest change only: by then the saved choices hold every one.
    update.mutate(change, { onSettled: () => setClicked({}) })
  }
  return (
    <>
      {update.isError && <FormAlert>{`Not saved: ${update.error.message}`}</FormAlert>}
      <FieldGroup legend="Remind me of" description="Shown in the Reminders inbox (the bell at the top) and in notifications.">
        <div className="choices choices--column">
          {KINDS.map((kind) => (
            <label key={kind.name} className="choice">
              <input type="checkbox" name={kind.name} checked={settings[kind.name]} onChange={(event) => choose({ [kind.name]: event.target.checked })} />
              <span>
                {kind.label}
                <span className="reminder-item__meta"> — {kind.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
      {desktop ? (
        <FieldGroup legend="Notifications" description="New reminders as a notification of the computer, once each. They say how many, never a name.">
          <label className="choice">
            <input type="checkbox" name="notifications" checked={settings.notifications} onChange={(event) => choose({ notifications: event.target.checked })} />
            Show desktop notifications
          </label>
        </FieldGroup>
      ) : (
        <BrowserNotifications />
      )}
    </>
  )
}

const BROWSER_STATUS: Record<BrowserNotifyState, string | null> = {
  on: 'This browser shows a notification when reminders are due, once each.',
  off: null,
  refused: 'This browser refused to show notifications for Coachbook. To have them, allow notifications for this address in the browser’s site settings, then turn them on here.',
  unsupported: 'This browser cannot show notifications. The Reminders inbox still lists what is due.',
}

function BrowserNotifications() {
  const state = useBrowserNotifyState()
  const [asking, setAsking] = useState(false)
  const status = BROWSER_STATUS[state]
  const toggle = async (on: boolean) => {
    if (!on) return turnOffBrowserNotifications()
    setAsking(true)
    try {
      await turnOnBrowserNotifications()
    } finally {
      setAsking(false)
    }
  }
  return (
    <FieldGroup
      legend="Notifications"
      description="New reminders as a notification of this browser, once each, while Coachbook is open in a tab. They say how many, never a name. The browser asks you first."
    >
      <label className="choice">
        <input
          type="checkbox"
          name="browserNotifications"
          checked={state === 'on'}
          disabled={asking || state === 'unsupported' || state === 'refused'}
          onChange={(event) => void toggle(event.target.checked)}
        />
        Show notifications in this browser
      </label>
      {status && (
        <p className="reminders-settings__status" role="status" data-notify-state={state}>
          {status}
        </p>
      )}
    </FieldGroup>
  )
}
