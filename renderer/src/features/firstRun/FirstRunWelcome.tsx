import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import type { Settings } from '../../../../shared/entities'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { RescueCostPart, RolesPart, StakesPart } from '../help/MethodText'
import { COMMON_CURRENCIES, currencyLabel, formToSettingsInput, settingsToForm } from '../settings/settingsForm'
import { useUpdateSettings } from '../settings/useSettingsMutation'
import { useDismissFirstRun, useSwitchJournal } from './useFirstRun'
import '../help/help.css'
import './firstRun.css'

/**
 * The first run, on Home while the journal is empty and the lesson was not closed: the method in
 * about a minute, the two settings every figure depends on (the interstate threshold and the
 * currency), and the demo journal to try it all on first.
 */
export function FirstRunWelcome({ settings }: { settings: Settings }) {
  const [values, setValues] = useState(() => settingsToForm(settings))
  const update = useUpdateSettings()
  const dismiss = useDismissFirstRun()
  const switchJournal = useSwitchJournal()
  const parsed = formToSettingsInput(values)
  const [showErrors, setShowErrors] = useState(false)
  const errors = showErrors && !parsed.ok ? parsed.fieldErrors : {}
  const failure = update.error ?? dismiss.error ?? switchJournal.error

  const start = async (event: FormEvent) => {
    event.preventDefault()
    if (!parsed.ok) {
      setShowErrors(true)
      return
    }
    await update.mutateAsync(parsed.input)
    await dismiss.mutateAsync()
  }

  return (
    <section className="card first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Welcome to Coachbook</h2>
      <p className="first-run__lead">
        A private journal for sales managers who go on calls with their reps and want to coach them rather than close for
        them. One minute on the idea, two settings, and you are ready.
      </p>
      <div className="first-run__lesson">
        <RolesPart />
        <StakesPart />
        <RescueCostPart />
      </div>
      <p>
        <Link href="/help">More on the method</Link> is always in the navigation and the command palette.
      </p>
      <form className="first-run__settings" onSubmit={(event) => void start(event)} noValidate aria-labelledby="first-run-settings-heading">
        <h3 id="first-run-settings-heading">Two settings for your journal</h3>
        {failure && <FormAlert>{failure.message}</FormAlert>}
        <div className="first-run__fields">
          <Field
            label={`Interstate from a deal value of (${values.currency})`}
            optional
            error={errors.interstateThreshold}
            description="Calls with a deal at least this large count as interstate. Leave it empty to decide call by call."
          >
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="decimal"
                autoComplete="off"
                placeholder="For example 250000"
                value={values.interstateThreshold}
                onChange={(event) => setValues((current) => ({ ...current, interstateThreshold: event.target.value }))}
              />
            )}
          </Field>
          <Field label="Currency" error={errors.currency} description="Deal values are shown in it; Settings takes any other.">
            {(control) => (
              <select
                {...control}
                className="select"
                value={values.currency}
                onChange={(event) => setValues((current) => ({ ...current, currency: event.target.value }))}
              >
                {[...new Set([values.currency, ...COMMON_CURRENCIES])].map((code) => (
                  <option key={code} value={code}>
                    {currencyLabel(code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="cluster">
          <Button type="submit" variant="primary" busy={update.isPending || dismiss.isPending}>
            Start my journal
          </Button>
          <Button busy={switchJournal.isPending} onClick={() => switchJournal.mutate('open')}>
            Try the demo journal first
          </Button>
        </div>
        <p className="muted">
          The demo journal holds made-up reps and three years of calls, in a folder of its own beside your journal. A banner
          shows while it is open; going back to your journal or removing the demo is one click.
        </p>
      </form>
    </section>
  )
}
