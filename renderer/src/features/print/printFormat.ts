import type { Headline } from '../../../../shared/periodComparison'
import type { Period } from '../../../../shared/printPeriod'
import { formatDay } from '../../lib/format'

/** How figures read on paper: rates as whole percentages, changes with their sign and unit. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

export function formatFigure(kind: Headline['kind'], value: number | null): string {
  if (value === null) return '—'
  return kind === 'rate' ? formatRate(value) : String(value)
}

/** `+3`, `−5 pts`, `no change`; a dash when there is nothing to compare. */
export function formatChange(headline: Pick<Headline, 'kind' | 'change'>): string {
  const { change, kind } = headline
  if (change === null) return '—'
  const amount = kind === 'rate' ? Math.round(change * 100) : change
  if (amount === 0) return 'no change'
  const sign = amount > 0 ? '+' : '−'
  return `${sign}${Math.abs(amount)}${kind === 'rate' ? ' pts' : ''}`
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
