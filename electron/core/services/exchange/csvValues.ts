import { isRealDay } from '../../../../shared/dates'
import { OUTCOMES, ROLES, STAGES } from '../../../../shared/domain'
import type { DateFormat } from '../../../../shared/exchange'
import { OUTCOME_LABELS, ROLE_LABELS, STAGE_LABELS } from '../../../../shared/labels'

/**
 * The readers of single CSV cells (docs/imports.md). Each answers the value or a sentence saying
 * what is wrong with the cell; an empty cell is `null` (the caller decides whether that is allowed).
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string }
const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const bad = (message: string): Read<never> => ({ ok: false, message })

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A day. YYYY-MM-DD is always read; with a slash format chosen, that format too (`.` and `-`
 * separators work as `/`). A time after the day ("2026-11-02 14:30") is handed back separately.
 */
export function readDate(raw: string, format: DateFormat): Read<{ date: string; time: string | null } | null> {
  const value = raw.trim()
  if (value === '') return ok(null)
  const split = /^(\S+?)(?:[T ]\s*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?)(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value)
  const day = split?.[1] ?? value
  const timePart = split?.[2]
  const time = timePart === undefined ? ok(null) : readTime(timePart)
  if (!time.ok) return time

  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(day)) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    const iso = `${y}-${pad(m)}-${pad(d)}`
    return isRealDay(iso) ? ok({ date: iso, time: time.value }) : bad(`${value} is not a day that exists`)
  }
  if (format === 'YYYY-MM-DD') {
    return bad(`Use a date in the form YYYY-MM-DD, or choose the file’s date format (found "${value}")`)
  }
  // One- or two-digit day and month, four-digit year; `.` and `-` separate as `/` does.
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(day)
  if (!parts) return bad(`Use a date in the form ${format} (found "${value}")`)
  const [first, second, year] = [Number(parts[1]), Number(parts[2]), parts[3]]
  const [month, dayOfMonth] = format === 'MM/DD/YYYY' ? [first, second] : [second, first]
  const iso = `${year}-${pad(month)}-${pad(dayOfMonth)}`
  if (!isRealDay(iso)) return bad(`${value} is not a day that exists in the form ${format}`)
  return ok({ date: iso, time: time.value })
}

/** `14:30`, `9:05`, `14:30:00`, `2:30 PM`, `2:30pm` → `HH:MM`. */
export function readTime(raw: string): Read<string | null> {
  const value = raw.trim()
  if (value === '') return ok(null)
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([ap])?\.?(?:m\.?)?$/i.exec(value)
  if (!match) return bad(`Use a time such as 14:30 or 2:30 PM (found "${value}")`)
  let hours = Number(match[1])
  const minutes = Number(match[2])
  const half = match[3]?.toLowerCase()
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return bad(`${value} is not a time of day`)
    hours = (hours % 12) + (half === 'p' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59) return bad(`${value} is not a time of day`)
  return ok(`${pad(hours)}:${pad(minutes)}`)
}

/**
 * Money in the journal's currency: currency signs or codes around the number, spaces and
 * thousands separators are dropped. `decimalComma` reads `1.234,50` instead of `1,234.50`.
 */
export function readMoney(raw: string, decimalComma: boolean): Read<number | null> {
  const value = raw.trim()
  if (value === '') return ok(null)
  const notAmount = () => bad(`Use an amount such as 42000 or $42,000 (found "${value}")`)
  if (/^\(.*\)$/.test(value) || /-\s*[\p{Sc}\p{L}]*\s*\d/u.test(value)) return bad('A deal value cannot be negative')
  // One currency sign or code before or after the number: "$", "US$", "R$", "EUR", "kr.". Other
  // words are refused: "40k" must not quietly become 40.
  const number = value.replace(/^(?:\p{L}{0,3}\p{Sc}|\p{L}{2,3}\.?)\s*/u, '').replace(/\s*(?:\p{L}{0,3}\p{Sc}|\p{L}{2,3}\.?)$/u, '')
  if (!/^[\d.,\s'’\u00a0\u202f]*\d[\d.,\s'’\u00a0\u202f]*$/.test(number)) return notAmount()
  const compact = number.replace(/[\s'’\u00a0\u202f]/g, '')
  const group = decimalComma ? '.' : ','
  const decimal = decimalComma ? ',' : '.'
  // Thousands separators come in groups of three: "42,5" is not forty-two thousand five hundred.
  const [whole = '', fraction, ...rest] = compact.split(decimal)
  const grouped = whole.includes(group) ? new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole) : /^\d+$/.test(whole)
  const digits = `${whole.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`
  if (rest.length > 0 || !grouped || !/^\d+(\.\d+)?$/.test(digits)) {
    const hint = decimalComma ? '' : ' If the file writes decimals after a comma, choose “decimal comma”.'
    return bad(`"${value}" is not an amount.${hint}`)
  }
  const amount = Number(digits)
  if (!Number.isFinite(amount) || amount > 1e12) return bad('That amount is too large')
  return ok(amount)
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ')

/** Matches a key (`no_decision`) or a label (`No decision`, `Advanced`), whatever the case. */
function enumReader<K extends string>(keys: readonly K[], labels: Record<K, string>, what: string) {
  const lookup = new Map<string, K>()
  for (const key of keys) {
    lookup.set(norm(key), key)
    lookup.set(norm(labels[key]), key)
    // Labels with a gloss ("Advanced (a concrete next step)") also match without it.
    lookup.set(norm(labels[key].replace(/\s*\(.*\)\s*$/, '')), key)
  }
  return (raw: string): Read<K | null> => {
    if (raw.trim() === '') return ok(null)
    const key = lookup.get(norm(raw))
    return key === undefined ? bad(`"${raw.trim()}" is not ${what}; use one of ${keys.join(', ')}`) : ok(key)
  }
}

export const readStage = enumReader(STAGES, STAGE_LABELS, 'a stage')
export const readRole = enumReader(ROLES, ROLE_LABELS, 'a role')
export const readOutcome = enumReader(OUTCOMES, OUTCOME_LABELS, 'an outcome')

/** Names compare without case and with runs of spaces as one. (Also part of imported calls' ids: never change it.) */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Which rep a name in a file means: as nameKey, and without accents, so "Jose Alvarez" finds
 * "José Álvarez" (a CRM export often drops them). Kept apart from nameKey, which imported calls'
 * ids are made from: those must not move.
 */
export function repMatchKey(name: string): string {
  return nameKey(name).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}
