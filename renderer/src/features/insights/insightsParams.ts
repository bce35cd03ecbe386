import { isPeriodPreset, type PeriodChoice, type PeriodPreset } from '../../../../shared/insightsPeriod'

/**
 * The Insights screen's address, so a view can be linked and reloaded:
 * `#/insights?period=90d&rep=r1`, or `?period=custom&from=2026-01-01&to=2026-03-31`.
 * An address without a period opens the period the manager chose last in this journal
 * (rememberedPeriod.ts), else DEFAULT_PRESET; unknown or malformed values fall back the same way
 * rather than failing.
 *
 * Why 12 months by default (docs/architecture.md, "Insights screen"): a trend needs points, and
 * past 26 weeks the charts count by month, so a year is twelve of them; a year also holds every
 * quarter's end, when the fear of missing the number drives rescues, so a quiet or a hard quarter
 * does not pass for a trend; and its comparison is with the year before. A journal younger than
 * a year shows all it has (an empty start is the truth about a new journal). It is a period of
 * fixed length, so its figures are read at boot without waiting for the journal's span.
 */
export const DEFAULT_PRESET: PeriodPreset = '12m'

export type InsightsView = PeriodChoice & { repId: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A period choice read from text someone else wrote (the address, local storage), or null. */
export function periodChoiceOf(get: (key: 'period' | 'from' | 'to') => string | null | undefined): PeriodChoice | null {
  const period = get('period')
  if (!isPeriodPreset(period)) return null
  const day = (key: 'from' | 'to') => {
    const value = get(key)
    return typeof value === 'string' && DAY.test(value) ? value : undefined
  }
  return { preset: period, from: period === 'custom' ? day('from') : undefined, to: period === 'custom' ? day('to') : undefined }
}

/** The view in the address; without a (valid) period there, `remembered`, else the default. */
export function viewFromParams(params: URLSearchParams, remembered: PeriodChoice | null = null): InsightsView {
  const choice = periodChoiceOf((key) => params.get(key)) ?? remembered ?? { preset: DEFAULT_PRESET }
  return {
    preset: choice.preset,
    from: choice.preset === 'custom' ? choice.from : undefined,
    to: choice.preset === 'custom' ? choice.to : undefined,
    repId: params.get('rep') ?? '',
  }
}

/**
 * The address's query for a view. The period is always written: a plain `#/insights` means
 * "the one chosen last", so a view that was linked or reloaded must name its own.
 */
export function viewToParams(view: InsightsView): Record<string, string> {
  const params: Record<string, string> = { period: view.preset }
  if (view.preset === 'custom') {
    if (view.from) params['from'] = view.from
    if (view.to) params['to'] = view.to
  }
  if (view.repId) params['rep'] = view.repId
  return params
}

/**
 * One view as text (`90d|||`, `custom|2026-01-01|2026-03-31|r1`): the value of the screen's
 * `data-insights-ready` attribute once that view's figures are drawn, so a tool can wait for
 * exactly the view it asked for.
 */
export function insightsViewKey(view: InsightsView): string {
  return [view.preset, view.from ?? '', view.to ?? '', view.repId].join('|')
}
