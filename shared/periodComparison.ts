import { SESSION_KINDS } from './domain'
import { daysBetween } from './isoWeek'
import type { MetricSet } from './metrics'
import type { Period } from './printPeriod'

/**
 * A period against the previous period of equal length (shared/printPeriod.ts), for the printed
 * progress report and the Insights screen alike: the headline figures with their verdicts, and
 * the same comparison told in words. One module, so the paper and the screen never tell two
 * stories about the same days.
 *
 * The headline figures: each one now, in the previous period, and whether the change is for the
 * better. Fewer rescues is better; more asking, planning and debriefing is better — so "up" is
 * not always good news, and the report says which it is.
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

/** A rate as it is printed and said: whole percentage points. */
export const wholePercent = (rate: number): number => Math.round(rate * 100)

export function headlineFigures(current: MetricSet, previous: MetricSet): Headline[] {
  return DEFINITIONS.map((definition) => {
    const now = definition.read(current)
    const before = definition.read(previous)
    const change = now === null || before === null ? null : now - before
    let verdict: Headline['verdict'] = null
    if (change !== null) {
      // Rates are printed and told in whole percentage points: two rates that read the same are
      // "no change", judged neither better nor worse (the words never say "down from 16% to 16%").
      const still = definition.kind === 'rate' ? wholePercent(now as number) === wholePercent(before as number) : change === 0
      verdict = still ? 'same' : (change > 0) === (definition.better === 'up') ? 'better' : 'worse'
    }
    return { key: definition.key, label: definition.label, kind: definition.kind, current: now, previous: before, change, verdict }
  })
}

/**
 * Below this many calls behind a rate (debriefed calls for the rescue rate, held calls for the
 * brief rates) in either period, a change is not told as one: one rescue in three calls is 33%,
 * and one more call moves it by eight points. The words give the counts instead.
 */
export const MIN_CALLS_TO_COMPARE = 5

export type PeriodStory = {
  /** The rescue rate, compared when both periods allow it; always present. */
  lead: string
  /** The other key figures, only those that can honestly be compared. */
  more: string[]
}

/** "in the 30 days before", "in the 12 months before": how the words name the previous period. */
export function previousPeriodPhrase(period: Period): string {
  const days = daysBetween(period.from, period.to) + 1
  if (days === 1) return 'the day before'
  if (days === 365 || days === 366) return 'in the 12 months before'
  return `in the ${days} days before`
}

const percent = (rate: number | null) => `${wholePercent(rate ?? 0)}%`
/** A count as the rest of the app writes one: 2,900, not 2900 (the report and the screen read alike). */
const whole = (value: number) => value.toLocaleString('en-US')

function moved(headline: Headline): 'down from' | 'up from' | 'same' {
  if (headline.verdict === 'same') return 'same'
  return (headline.change ?? 0) < 0 ? 'down from' : 'up from'
}

/**
 * The comparison in words: "You took over on 16% of debriefed calls, down from 27% in the 12
 * months before." Honest with small numbers: with too few calls in either period it gives the
 * counts and says so; with nothing in the previous period it never says "down from".
 * `repName` tells one rep's story ("… of debriefed calls with Dana Ortiz …").
 */
export function periodStory(current: MetricSet, previous: MetricSet, period: Period, repName?: string): PeriodStory {
  const figures = new Map(headlineFigures(current, previous).map((figure) => [figure.key, figure]))
  const figure = (key: HeadlineKey) => figures.get(key) as Headline
  const before = previousPeriodPhrase(period)
  const withRep = repName ? ` with ${repName}` : ''
  const previousEmpty = previous.calls === 0 && sessionsTotal(previous) === 0

  const lead = rescueLead(current, previous, figure('rescueRate'), before, withRep, previousEmpty)
  const more: string[] = []
  if (current.heldCalls >= MIN_CALLS_TO_COMPARE && previous.heldCalls >= MIN_CALLS_TO_COMPARE) {
    for (const [key, doing] of [
      ['debriefRate', 'You debriefed'],
      ['prebriefRate', 'You pre-briefed'],
    ] as const) {
      const headline = figure(key)
      const direction = moved(headline)
      more.push(
        direction === 'same'
          ? `${doing} ${percent(headline.current)} of the calls you joined${withRep}, as ${before}.`
          : `${doing} ${percent(headline.current)} of the calls you joined${withRep}, ${direction} ${percent(headline.previous)}.`,
      )
    }
  }
  if (!previousEmpty) {
    const sessions = figure('sessions')
    const now = sessions.current ?? 0
    const then = sessions.previous ?? 0
    if (now > 0 || then > 0) {
      const held = `You held ${whole(now)} coaching ${now === 1 ? 'session' : 'sessions'}${withRep}`
      more.push(
        now === then
          ? `${held}, as many as ${before}.`
          : `${held}, ${now > then ? 'more' : 'fewer'} than the ${whole(then)} ${before}.`,
      )
    }
  }
  return { lead, more }
}

function rescueLead(
  current: MetricSet,
  previous: MetricSet,
  rate: Headline,
  before: string,
  withRep: string,
  previousEmpty: boolean,
): string {
  const now = current.debriefed
  const then = previous.debriefed
  if (now === 0) {
    return then === 0
      ? `No debriefed calls${withRep} in this period or ${before.replace(/^in /, '')}: debrief your joint calls and this tells you how often you took over.`
      : `No debriefed calls${withRep} in this period yet; ${before} you took over on ${count(previous.rescues, then)}.`
  }
  const counted = `${whole(current.rescues)} of ${whole(now)}`
  const nothingBefore = previousEmpty
    ? `Nothing was recorded ${before}, so there is nothing to compare with yet.`
    : `There were no debriefed calls${withRep} ${before} to compare with.`
  if (now < MIN_CALLS_TO_COMPARE) {
    const small = `You took over on ${count(current.rescues, now)}${withRep}`
    if (then === 0) return `${small}. ${nothingBefore}`
    return `${small}; ${before}, on ${count(previous.rescues, then)}. Too few calls to call that a trend.`
  }
  const main = `You took over on ${percent(current.rescueRate)} of debriefed calls${withRep} (${counted})`
  if (then === 0) return `${main}. ${nothingBefore}`
  if (then < MIN_CALLS_TO_COMPARE) {
    return `${main}; ${before} there ${then === 1 ? 'was' : 'were'} only ${whole(then)} debriefed ${then === 1 ? 'call' : 'calls'}, too few to compare with.`
  }
  const direction = moved(rate)
  return direction === 'same'
    ? `${main}, the same share as ${before}.`
    : `${main}, ${direction} ${percent(rate.previous)} ${before}.`
}

/** "1 of 3 debriefed calls", "2 of 4 debriefed calls". */
function count(rescues: number, debriefed: number): string {
  return `${whole(rescues)} of ${whole(debriefed)} debriefed ${debriefed === 1 ? 'call' : 'calls'}`
}
