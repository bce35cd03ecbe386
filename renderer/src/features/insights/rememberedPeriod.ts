import type { PeriodChoice } from '../../../../shared/insightsPeriod'
import { periodChoiceOf } from './insightsParams'

/**
 * The Insights period the manager chose last, per journal: the real one and the demo journal
 * each keep their own (the demo's years of made-up calls call for other periods than a journal
 * begun last week). Kept in this window's local storage like the theme (app/theme.ts): it is how
 * this computer opens the screen, not part of the journal, so no schema holds it. A storage that
 * refuses or holds something unreadable simply gives no remembered period.
 */
export type JournalKind = 'journal' | 'demo'

export const rememberedPeriodKey = (journal: JournalKind) => `coachbook.insights.period.${journal}`

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function readRememberedPeriod(journal: JournalKind): PeriodChoice | null {
  try {
    const text = storage()?.getItem(rememberedPeriodKey(journal))
    if (!text) return null
    const stored: unknown = JSON.parse(text)
    if (typeof stored !== 'object' || stored === null) return null
    const record = stored as Record<string, unknown>
    return periodChoiceOf((key) => (typeof record[key] === 'string' ? record[key] : null))
  } catch {
    return null
  }
}

export function rememberPeriod(journal: JournalKind, choice: PeriodChoice): void {
  const { preset, from, to } = choice
  try {
    storage()?.setItem(rememberedPeriodKey(journal), JSON.stringify(preset === 'custom' ? { period: preset, from, to } : { period: preset }))
  } catch {
    // Not remembered: the screen still shows the choice, and the address keeps it.
  }
}
