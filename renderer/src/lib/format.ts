/**
 * How values read on screen. Locale-aware through Intl with the user's own locale; stored values
 * stay in their exact form (`YYYY-MM-DD`, `HH:MM`, plain numbers).
 */

const moneyFormats = new Map<string, Intl.NumberFormat>()

/*
 * Building an Intl formatter costs far more than using one (about a millisecond each on a busy
 * machine, against microseconds), and lists format a day per row: the Insights lessons, the
 * report's 200 rescues. So each formatter is built once per locale and options, like the money
 * formats above (docs/performance.md, "Insights").
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: string | undefined, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${name}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, format)
  }
  return format
}

/** A deal value in the journal's currency, whole units: `$42,000`. */
export function formatMoney(value: number | null | undefined, currency: string, locale?: string): string {
  if (value === null || value === undefined) return '—'
  const key = `${locale ?? ''}|${currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })
    } catch {
      // An unknown code still reads sensibly: "42,000 XYZ".
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
      return `${plain.format(value)} ${currency}`
    }
    moneyFormats.set(key, format)
  }
  return format.format(value)
}

const countFormats = new Map<string, Intl.NumberFormat>()

/** A count of things, grouped as the locale writes it: `4,330` (en-US). */
export function formatCount(value: number, locale?: string): string {
  const key = locale ?? ''
  let format = countFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    countFormats.set(key, format)
  }
  return format.format(value)
}

/** `2026-11-02` as a local calendar day (not UTC midnight, which can shift it by a day). */
export function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return null
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(y, m - 1, d)
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null
}

/**
 * `Mon, Nov 2, 2026` (en-US) in the user's locale, or without the weekday for dense lists;
 * the raw text when it is not a real day.
 */
export function formatDay(
  day: string | null | undefined,
  { weekday = true, locale }: { weekday?: boolean; locale?: string } = {},
): string {
  if (!day) return '—'
  const date = parseDay(day)
  if (!date) return day
  const options = { day: 'numeric', month: 'short', year: 'numeric' } as const
  return (weekday
    ? dateFormat(locale, 'day+weekday', { ...options, weekday: 'short' })
    : dateFormat(locale, 'day', options)
  ).format(date)
}

/** `14:30` in the user's clock style (`2:30 PM` in en-US). */
export function formatTime(time: string | null | undefined, locale?: string): string {
  if (!time) return ''
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match) return time
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]))
  return dateFormat(locale, 'time', { hour: 'numeric', minute: '2-digit' }).format(date)
}

/** An instant (ISO-8601) as a local date and time. */
export function formatInstant(instant: string | null | undefined, locale?: string): string {
  if (!instant) return '—'
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  return dateFormat(locale, 'instant', { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/**
 * A typed amount back to a number: tolerates spaces, thousands separators and a currency sign
 * (`$42,000`, `42 000`), but not anything ambiguous. Empty means "not set".
 */
export function parseAmount(text: string): { ok: true; value: number | null } | { ok: false } {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[^\d\-.]+/, '')
  if (cleaned === '') return text.trim() === '' ? { ok: true, value: null } : { ok: false }
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(cleaned)) return { ok: false }
  const value = Number(cleaned.replace(/,/g, ''))
  return Number.isFinite(value) ? { ok: true, value } : { ok: false }
}

/** Today as `YYYY-MM-DD` in the local calendar (the manager's own day, not UTC's). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
