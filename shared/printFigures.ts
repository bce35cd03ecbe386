import { SESSION_KINDS } from './domain'
import type { MetricSet } from './metrics'

/**
 * The report's headline figures: each one now, in the previous period of equal length, and
 * whether the change is for the better. Fewer rescues is better; more asking, planning and
 * debriefing is better — so "up" is not always good news, and the report says which it is.
 */
export type HeadlineKey =
  | 'rescues'
  | 'rescueRate'
  | 'avoidableRescues'
  | 'askShare'
  | 'planAdherence'
  | 'prebriefRate'
  | 'debriefRate'
  | 'sessions'

export type Headline = {
  key: HeadlineKey
  label: string
  /** A count, or a rate as a fraction (0.25). */
  kind: 'count' | 'rate'
  current: number | null
  previous: number | null
  /** `current - previous` (for rates, in fractions: 0.05 is five percentage points); null when either is. */
  change: number | null
  verdict: 'better' | 'worse' | 'same' | null
}

type Definition = {
  key: HeadlineKey
  label: string
  kind: Headline['kind']
  /** Which way is good news. */
  better: 'up' | 'down'
  read: (metrics: MetricSet) => number | null
}

const sessionsTotal = (metrics: MetricSet) => SESSION_KINDS.reduce((sum, kind) => sum + metrics.sessions[kind], 0)

const DEFINITIONS: readonly Definition[] = [
  { key: 'rescues', label: 'Rescues (role #4)', kind: 'count', better: 'down', read: (m) => m.rescues },
  { key: 'rescueRate', label: 'Rescue rate', kind: 'rate', better: 'down', read: (m) => m.rescueRate },
  { key: 'avoidableRescues', label: 'Avoidable rescues (sidewalk)', kind: 'count', better: 'down', read: (m) => m.avoidableRescues },
  { key: 'askShare', label: 'Asking, not telling', kind: 'rate', better: 'up', read: (m) => m.askShare },
  { key: 'planAdherence', label: 'Kept to the planned role', kind: 'rate', better: 'up', read: (m) => m.planAdherence },
  { key: 'prebriefRate', label: 'Calls pre-briefed', kind: 'rate', better: 'up', read: (m) => m.prebriefRate },
  { key: 'debriefRate', label: 'Calls debriefed', kind: 'rate', better: 'up', read: (m) => m.debriefRate },
  { key: 'sessions', label: 'Coaching sessions', kind: 'count', better: 'up', read: sessionsTotal },
]

/**
 * Rates are printed in whole percentage points, so a change below half a point reads as "no
 * change" and is judged neither better nor worse.
 */
const RATE_EPSILON = 0.005

export function headlineFigures(current: MetricSet, previous: MetricSet): Headline[] {
  return DEFINITIONS.map((definition) => {
    const now = definition.read(current)
    const before = definition.read(previous)
    const change = now === null || before === null ? null : now - before
    let verdict: Headline['verdict'] = null
    if (change !== null) {
      const still = definition.kind === 'rate' ? Math.abs(change) < RATE_EPSILON : change === 0
      verdict = still ? 'same' : (change > 0) === (definition.better === 'up') ? 'better' : 'worse'
    }
    return { key: definition.key, label: definition.label, kind: definition.kind, current: now, previous: before, change, verdict }
  })
}
