import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../../../shared/entities'
import { formToSettingsInput, settingsToForm } from '../../../../../renderer/src/features/settings/settingsForm'

const known = new Set(['USD', 'EUR', 'THB'])
const base = settingsToForm(DEFAULT_SETTINGS)

describe('the settings form', () => {
  it('reads an empty threshold as "not set" and a typed one as money', () => {
    expect(formToSettingsInput(base, known)).toEqual({
      ok: true,
      input: { interstateThreshold: null, currency: 'USD', paperSize: 'letter', weekStart: 'monday' },
    })
    const typed = formToSettingsInput({ ...base, interstateThreshold: '$250,000' }, known)
    expect(typed.ok && typed.input.interstateThreshold).toBe(250000)
  })

  it('refuses an amount that is not one, or is negative', () => {
    expect(formToSettingsInput({ ...base, interstateThreshold: 'lots' }, known)).toEqual({
      ok: false,
      fieldErrors: { interstateThreshold: 'Enter an amount such as 250000, or leave it empty' },
    })
    expect(formToSettingsInput({ ...base, interstateThreshold: '-5' }, known)).toEqual({
      ok: false,
      fieldErrors: { interstateThreshold: 'An amount cannot be negative' },
    })
  })

  it('takes any currency code this computer knows, typed in any case, and refuses the rest', () => {
    const thb = formToSettingsInput({ ...base, currency: ' thb ' }, known)
    expect(thb.ok && thb.input.currency).toBe('THB')
    expect(formToSettingsInput({ ...base, currency: 'EURO' }, known)).toEqual({
      ok: false,
      fieldErrors: { currency: 'Use a three-letter currency code such as USD or EUR' },
    })
    expect(formToSettingsInput({ ...base, currency: 'XQZ' }, known)).toEqual({
      ok: false,
      fieldErrors: { currency: 'XQZ is not a currency code this computer knows' },
    })
    const unknownList = formToSettingsInput({ ...base, currency: 'XQZ' }, null)
    expect(unknownList.ok, 'without a list to check against, three letters pass').toBe(true)
  })
})
