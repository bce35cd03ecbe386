import { isRealDay } from './calendarDays'
import { addDays } from './isoWeek'
import type { JournalSpan } from './insights'

/**
 * The Insights screen's period choices, resolved to calendar days. "30 days" ends today and holds
 * 30 days, today included; "12 months" holds 365 days. "All" runs from the journal's first record
 * to its last (or today, when that is later), so a call planned next week is still counted.
 */
export const PERIOD_PRESETS = ['30d', '90d', '12m', 'all', 'custom'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  all: 'All time',
  custom: 'Custom',
}

export type PeriodChoice = { preset: PeriodPreset; from?: string | undefined; to?: string | undefined }
export type ResolvedPeriod = { from: string; to: string }

const PRESET_DAYS: Partial<Record<PeriodPreset, number>> = { '30d': 30, '90d': 90, '12m': 365 }

export function isPeriodPreset(value: string | null | undefined): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly string[]).includes(value ?? '')
}

/**
 * The days a choice stands for, or null when a custom period is incomplete or backwards (the
 * screen then asks for the missing day instead of guessing).
 */
export function resolvePeriod(choice: PeriodChoice, today: string, span: JournalSpan): ResolvedPeriod | null {
  const fixed = resolveFixedPeriod(choice, today)
  if (fixed) return fixed
  if (choice.preset === 'all') {
    const last = span.last !== null && span.last > today ? span.last : today
    const first = span.first !== null && span.first < last ? span.first : last
    return { from: first, to: last }
  }
  const { from, to } = choice
  if (!from || !to || !isRealDay(from) || !isRealDay(to) || from > to) return null
  return { from, to }
}

/**
 * The days of a preset of fixed length (30 days, 90 days, 12 months), which need nothing from
 * the journal: the screen reads their figures without waiting for the journal's span. Null for
 * "all" and "custom".
 */
export function resolveFixedPeriod(choice: PeriodChoice, today: string): ResolvedPeriod | null {
  const days = PRESET_DAYS[choice.preset]
  return days === undefined ? null : { from: addDays(today, -(days - 1)), to: today }
}
