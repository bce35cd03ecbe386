import { isPeriodPreset, type PeriodChoice, type PeriodPreset } from '../../../../shared/insightsPeriod'

/**
 * The Insights screen's address, so a view can be linked and reloaded:
 * `#/insights?period=90d&rep=r1`, or `?period=custom&from=2026-01-01&to=2026-03-31`.
 * Unknown or malformed values fall back to the defaults rather than failing.
 */
export const DEFAULT_PRESET: PeriodPreset = '30d'

export type InsightsView = PeriodChoice & { repId: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function viewFromParams(params: URLSearchParams): InsightsView {
  const period = params.get('period')
  const preset = isPeriodPreset(period) ? period : DEFAULT_PRESET
  const day = (key: string) => {
    const value = params.get(key)
    return value !== null && DAY.test(value) ? value : undefined
  }
  return {
    preset,
    from: preset === 'custom' ? day('from') : undefined,
    to: preset === 'custom' ? day('to') : undefined,
    repId: params.get('rep') ?? '',
  }
}

/** The address's query for a view; defaults are left out so the plain `#/insights` stays plain. */
export function viewToParams(view: InsightsView): Record<string, string> {
  const params: Record<string, string> = {}
  if (view.preset !== DEFAULT_PRESET) params['period'] = view.preset
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
