import { wholePercent, type Headline } from '../../../../shared/periodComparison'
import type { Period } from '../../../../shared/printPeriod'
import { formatDay } from '../../lib/format'

/** How figures read on paper: rates as whole percentages, changes with their sign and unit. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

export function formatFigure(kind: Headline['kind'], value: number | null): string {
  if (value === null) return '—'
  return kind === 'rate' ? formatRate(value) : value.toLocaleString('en-US')
}

/**
 * `+3`, `−5 pts`, `no change`; a dash when there is nothing to compare. A rate's change is the
 * difference of the two rates as printed beside it, so 91% against 92% reads −1 pt (its verdict
 * says worse), never "no change" from a difference of a fifth of a point.
 */
export function formatChange(headline: Pick<Headline, 'kind' | 'change' | 'current' | 'previous'>): string {
  const { change, kind, current, previous } = headline
  if (change === null || current === null || previous === null) return '—'
  const amount = kind === 'rate' ? wholePercent(current) - wholePercent(previous) : change
  if (amount === 0) return 'no change'
  const sign = amount > 0 ? '+' : '−'
  const size = Math.abs(amount).toLocaleString('en-US')
  return kind === 'rate' ? `${sign}${size} ${Math.abs(amount) === 1 ? 'pt' : 'pts'}` : `${sign}${size}`
}

export function formatPeriod(period: Period): string {
  const from = formatDay(period.from, { weekday: false })
  const to = formatDay(period.to, { weekday: false })
  return period.from === period.to ? from : `${from} – ${to}`
}

/** `2026-11` → `Nov 2026`. */
export function formatMonth(month: string): string {
  const date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)
  return Number.isNaN(date.getTime()) ? month : new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(date)
}
