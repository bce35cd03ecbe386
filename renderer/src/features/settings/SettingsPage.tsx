import { useState } from 'react'
import { useSearchParams } from 'wouter'
import { PAPER_SIZES, WEEK_STARTS } from '../../../../shared/domain'
import type { Settings } from '../../../../shared/entities'
import { PAPER_SIZE_LABELS, WEEK_START_LABELS } from '../../../../shared/labels'
import { mapFieldErrors } from '../../api/errors'
import { useSettings } from '../../api/useSettings'
import { QueryGate } from '../../components/QueryGate'
import { Field, FieldGroup } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { PageHeader } from '../../components/PageHeader'
import { SaveIndicator, useAutosave } from '../../lib/autosave'
import { formatMoney } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { BackupsSection } from '../backups/BackupsSection'
import { RemindersSection } from '../reminders/RemindersSection'
import { PrivacySettings } from '../security/PrivacySettings'
import { DataLocation } from './DataLocation'
import { SettingsSectionNav } from './SettingsSectionNav'
import { ThemeSection } from './ThemeSection'
import {
  COMMON_CURRENCIES,
  SETTINGS_FIELDS,
  currencyLabel,
  formToSettingsInput,
  normaliseCurrency,
  settingsToForm,
  type SettingsFormValues,
} from './settingsForm'
import { useAppInfo, useUpdateSettings } from './useSettingsMutation'
import './settings.css'

const OTHER = 'other'

export function SettingsPage() {
  useDocumentTitle('Settings')
  const settings = useSettings()
  const info = useAppInfo()
  const [params] = useSearchParams()
  return (
    <>
      <PageHeader title="Settings" description="How the journal counts, shows money and prints. Changes are saved as you make them." />
      <SettingsSectionNav current={params.get('section')} ready={!settings.isPending} />
      <QueryGate query={settings} loading="Loading settings…" failed="Settings could not be loaded">
        {(saved) => <SettingsForm settings={saved} />}
      </QueryGate>
      <ThemeSection />
      <RemindersSection />
      <PrivacySettings />
      <DataLocation />
      <BackupsSection backupsDir={info.data?.backupsDir} />
    </>
  )
}

function SettingsForm({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<SettingsFormValues>(() => settingsToForm(settings))
  const [otherCurrency, setOtherCurrency] = useState(() => !(COMMON_CURRENCIES as readonly string[]).includes(settings.currency))
  const update = useUpdateSettings()
  const parsed = formToSettingsInput(values)
  const autosave = useAutosave({
    value: values,
    enabled: parsed.ok,
    save: async (value: SettingsFormValues) => {
      const next = formToSettingsInput(value)
      if (next.ok) await update.mutateAsync(next.input)
    },
  })
  const server = mapFieldErrors(autosave.error, SETTINGS_FIELDS)
  const errors = { ...server.fieldErrors, ...(parsed.ok ? {} : parsed.fieldErrors) }
  const set = <K extends keyof SettingsFormValues>(field: K, value: SettingsFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }))
  const flush = () => void autosave.flush()
  const currency = normaliseCurrency(values.currency)
  const threshold = parsed.ok ? (parsed.input.interstateThreshold ?? null) : null

  return (
    <section className="card settings-card" aria-labelledby="settings-journal-heading">
      <header className="settings-card__header">
        <h2 id="settings-journal-heading">Journal</h2>
        <SaveIndicator
          status={autosave.status}
          sending={autosave.sending}
          onRetry={() => void autosave.retry()}
          idleText={parsed.ok ? undefined : 'Fix the highlighted field to save'}
        />
      </header>
      {server.formError && <FormAlert>{server.formError}</FormAlert>}
      <div className="settings-fields">
        <Field
          label={`Interstate threshold (${/^[A-Z]{3}$/.test(currency) ? currency : settings.currency})`}
          optional
          error={errors.interstateThreshold}
          description={
            <>
              A call whose deal value reaches this amount counts as interstate, one of the year’s biggest deals where stepping
              in can be right; anything smaller is sidewalk, where the rep should be left to try.{' '}
              {threshold === null
                ? 'Leave it empty to count every call as sidewalk unless you mark it yourself.'
                : `Now: interstate from ${formatMoney(threshold, currency)}.`}
            </>
          }
        >
          {(control) => (
            <input
              {...control}
              className="input settings-amount"
              inputMode="decimal"
              autoComplete="off"
              placeholder="Not set"
              value={values.interstateThreshold}
              onChange={(e) => set('interstateThreshold', e.target.value)}
              onBlur={flush}
            />
          )}
        </Field>

        <div className="settings-currency">
          <Field label="Currency" error={otherCurrency ? undefined : errors.currency} description="Deal values are shown in it.">
            {(control) => (
              <select
                {...control}
                className="select"
                value={otherCurrency ? OTHER : values.currency}
                onChange={(e) => {
                  if (e.target.value === OTHER) {
                    setOtherCurrency(true)
                    return
                  }
                  setOtherCurrency(false)
                  set('currency', e.target.value)
                }}
              >
                {COMMON_CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {currencyLabel(code)}
                  </option>
                ))}
                <option value={OTHER}>Another currency…</option>
              </select>
            )}
          </Field>
          {otherCurrency && (
            <Field label="Currency code" error={errors.currency} description="Its three-letter ISO code, such as THB or KRW.">
              {(control) => (
                <input
                  {...control}
                  className="input settings-code"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={3}
                  value={values.currency}
                  onChange={(e) => set('currency', e.target.value.toUpperCase())}
                  onBlur={flush}
                />
              )}
            </Field>
          )}
        </div>

        <FieldGroup legend="Paper size" description="For printed debrief sheets and reports." error={errors.paperSize}>
          <div className="choices">
            {PAPER_SIZES.map((size) => (
              <label key={size} className="choice">
                <input type="radio" name="paperSize" value={size} checked={values.paperSize === size} onChange={() => set('paperSize', size)} />
                {PAPER_SIZE_LABELS[size]}
              </label>
            ))}
          </div>
        </FieldGroup>

        <FieldGroup legend="First day of the week" description="Where weekly figures start." error={errors.weekStart}>
          <div className="choices">
            {WEEK_STARTS.map((day) => (
              <label key={day} className="choice">
                <input type="radio" name="weekStart" value={day} checked={values.weekStart === day} onChange={() => set('weekStart', day)} />
                {WEEK_START_LABELS[day]}
              </label>
            ))}
          </div>
        </FieldGroup>
      </div>
    </section>
  )
}
