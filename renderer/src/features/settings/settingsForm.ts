import { PAPER_SIZES, WEEK_STARTS, type PaperSize, type WeekStart } from '../../../../shared/domain'
import type { Settings } from '../../../../shared/entities'
import type { FieldErrors } from '../../api/errors'
import { parseAmount } from '../../lib/format'
import type { SettingsUpdateInput } from './useSettingsMutation'

export const SETTINGS_FIELDS = ['interstateThreshold', 'currency', 'paperSize', 'weekStart'] as const
export type SettingsField = (typeof SETTINGS_FIELDS)[number]

export type SettingsFormValues = {
  /** As typed; empty means "not set". */
  interstateThreshold: string
  currency: string
  paperSize: PaperSize
  weekStart: WeekStart
}

/** The currencies offered in the list; any other ISO 4217 code can be typed. */
export const COMMON_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'CNY', 'HKD', 'SGD', 'INR', 'BRL', 'MXN', 'ZAR',
] as const

export function settingsToForm(settings: Settings): SettingsFormValues {
  return {
    interstateThreshold: settings.interstateThreshold === null ? '' : String(settings.interstateThreshold),
    currency: settings.currency,
    paperSize: settings.paperSize,
    weekStart: settings.weekStart,
  }
}

/** The codes this computer's Intl knows, when it can say; otherwise any three letters pass. */
function knownCurrencies(): ReadonlySet<string> | null {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] }
  try {
    return intl.supportedValuesOf ? new Set(intl.supportedValuesOf('currency')) : null
  } catch {
    return null
  }
}

export function normaliseCurrency(text: string): string {
  return text.trim().toUpperCase()
}

/**
 * The settings to save, or the fields to fix first. Nothing is saved while a field is wrong:
 * a half-typed amount must not move every call's stakes.
 */
export function formToSettingsInput(
  values: SettingsFormValues,
  known: ReadonlySet<string> | null = knownCurrencies(),
): { ok: true; input: SettingsUpdateInput } | { ok: false; fieldErrors: FieldErrors<SettingsField> } {
  const fieldErrors: FieldErrors<SettingsField> = {}
  const amount = parseAmount(values.interstateThreshold)
  if (!amount.ok) fieldErrors.interstateThreshold = 'Enter an amount such as 250000, or leave it empty'
  else if (amount.value !== null && amount.value < 0) fieldErrors.interstateThreshold = 'An amount cannot be negative'
  else if (amount.value !== null && amount.value > 1e12) fieldErrors.interstateThreshold = 'That amount is too large'
  const currency = normaliseCurrency(values.currency)
  if (!/^[A-Z]{3}$/.test(currency)) fieldErrors.currency = 'Use a three-letter currency code such as USD or EUR'
  else if (known && !known.has(currency)) fieldErrors.currency = `${currency} is not a currency code this computer knows`
  if (!PAPER_SIZES.includes(values.paperSize)) fieldErrors.paperSize = 'Choose A4 or US Letter'
  if (!WEEK_STARTS.includes(values.weekStart)) fieldErrors.weekStart = 'Choose the first day of your week'
  if (Object.keys(fieldErrors).length > 0 || !amount.ok) return { ok: false, fieldErrors }
  return {
    ok: true,
    input: { interstateThreshold: amount.value, currency, paperSize: values.paperSize, weekStart: values.weekStart },
  }
}

/** "EUR — Euro", in the user's language when the browser can name it. */
export function currencyLabel(code: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale, { type: 'currency' }).of(code)
    return name && name !== code ? `${code} — ${name}` : code
  } catch {
    return code
  }
}
