import { describe, expect, it } from 'vitest'
import { emptyCounts, finishMetrics, type MetricCounts } from '../../../shared/metrics'
import { headlineFigures, MIN_CALLS_TO_COMPARE, periodStory, previousPeriodPhrase, type HeadlineKey } from '../../../shared/periodComparison'

function metrics(changes: Partial<MetricCounts>) {
  return finishMetrics({ ...emptyCounts(), ...changes })
}
function figure(key: HeadlineKey, current: Partial<MetricCounts>, previous: Partial<MetricCounts>) {
  const found = headlineFigures(metrics(current), metrics(previous)).find((f) => f.key === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}

describe('headlineFigures', () => {
  it('calls fewer rescues better and more rescues worse', () => {
    expect(figure('rescues', { rescues: 2 }, { rescues: 5 })).toMatchObject({ current: 2, previous: 5, change: -3, verdict: 'better' })
    expect(figure('rescues', { rescues: 4 }, { rescues: 1 }).verdict).toBe('worse')
    expect(figure('rescues', { rescues: 3 }, { rescues: 3 }).verdict).toBe('same')
  })

  it('calls more asking better, as a change of the rate', () => {
    const ask = figure('askShare', { asks: 3, tells: 1 }, { asks: 1, tells: 1 })
    expect(ask.kind).toBe('rate')
    expect(ask.change).toBeCloseTo(0.25)
    expect(ask.verdict).toBe('better')
  })

  it('has no change or verdict when a rate has nothing to divide by', () => {
    const rate = figure('rescueRate', { rescues: 1, debriefed: 2 }, {})
    expect(rate).toMatchObject({ current: 0.5, previous: null, change: null, verdict: null })
  })

  it('adds up the coaching sessions of every kind', () => {
    const sessions = figure(
      'sessions',
      { sessions: { role_play: 2, drill: 1, prebrief: 0, postbrief: 0, one_on_one: 1 } },
      { sessions: { role_play: 0, drill: 0, prebrief: 0, postbrief: 1, one_on_one: 0 } },
    )
    expect(sessions).toMatchObject({ current: 4, previous: 1, verdict: 'better' })
  })
})

describe('headlineFigures on printed rates', () => {
  it('judges a change too small to show in whole percentage points as unchanged', () => {
    // 1/25 = 4.0% against 1/26 ≈ 3.8%: both print as 4%.
    const rate = figure('rescueRate', { rescues: 1, debriefed: 25 }, { rescues: 1, debriefed: 26 })
    expect(rate.verdict).toBe('same')
    expect(figure('rescueRate', { rescues: 2, debriefed: 25 }, { rescues: 1, debriefed: 26 }).verdict).toBe('worse')
  })
})

const YEAR = { from: '2026-01-01', to: '2026-12-31' }
const story = (current: Partial<MetricCounts>, previous: Partial<MetricCounts>, period = YEAR, rep?: string) =>
  periodStory(metrics(current), metrics(previous), period, rep)

describe('previousPeriodPhrase', () => {
  it('names the previous period by the length of this one', () => {
    expect(previousPeriodPhrase({ from: '2026-03-01', to: '2026-03-30' })).toBe('in the 30 days before')
    expect(previousPeriodPhrase(YEAR)).toBe('in the 12 months before')
    expect(previousPeriodPhrase({ from: '2024-01-01', to: '2024-12-31' })).toBe('in the 12 months before')
    expect(previousPeriodPhrase({ from: '2026-03-01', to: '2026-03-01' })).toBe('the day before')
  })
})

describe('periodStory: the rescue rate in words', () => {
  it('says down from when the share fell, with the counts', () => {
    expect(story({ debriefed: 25, rescues: 4, calls: 25 }, { debriefed: 22, rescues: 6, calls: 22 }).lead).toBe(
      'You took over on 16% of debriefed calls (4 of 25), down from 27% in the 12 months before.',
    )
  })

  it('says up from when it rose, and names the rep when the story is one rep’s', () => {
    expect(story({ debriefed: 10, rescues: 5, calls: 10 }, { debriefed: 10, rescues: 2, calls: 10 }, YEAR, 'Dana Ortiz').lead).toBe(
      'You took over on 50% of debriefed calls with Dana Ortiz (5 of 10), up from 20% in the 12 months before.',
    )
  })

  it('calls two shares that print the same the same, never "down from 4% to 4%"', () => {
    expect(story({ debriefed: 25, rescues: 1, calls: 25 }, { debriefed: 26, rescues: 1, calls: 26 }).lead).toBe(
      'You took over on 4% of debriefed calls (1 of 25), the same share as in the 12 months before.',
    )
  })

  it('compares from exactly MIN_CALLS_TO_COMPARE debriefed calls in both periods, not one fewer', () => {
    const at = story({ debriefed: MIN_CALLS_TO_COMPARE, rescues: 1, calls: 5 }, { debriefed: MIN_CALLS_TO_COMPARE, rescues: 2, calls: 5 })
    expect(at.lead).toContain('down from 40%')
    const below = story({ debriefed: MIN_CALLS_TO_COMPARE - 1, rescues: 1, calls: 4 }, { debriefed: 9, rescues: 2, calls: 9 })
    expect(below.lead).toBe('You took over on 1 of 4 debriefed calls; in the 12 months before, on 2 of 9 debriefed calls. Too few calls to call that a trend.')
    const fewBefore = story({ debriefed: 9, rescues: 3, calls: 9 }, { debriefed: 1, rescues: 1, calls: 1 })
    expect(fewBefore.lead).toBe(
      'You took over on 33% of debriefed calls (3 of 9); in the 12 months before there was only 1 debriefed call, too few to compare with.',
    )
  })

  it('never says "down from" when the previous period is empty', () => {
    const lead = story({ debriefed: 12, rescues: 3, calls: 12 }, {}).lead
    expect(lead).toBe('You took over on 25% of debriefed calls (3 of 12). Nothing was recorded in the 12 months before, so there is nothing to compare with yet.')
    expect(lead).not.toMatch(/from/)
    const undebriefed = story({ debriefed: 12, rescues: 3, calls: 12 }, { calls: 4 }).lead
    expect(undebriefed).toContain('There were no debriefed calls in the 12 months before to compare with.')
  })

  it('says so when there is nothing debriefed in this period', () => {
    expect(story({ calls: 3 }, {}).lead).toBe(
      'No debriefed calls in this period or the 12 months before: debrief your joint calls and this tells you how often you took over.',
    )
    expect(story({ calls: 3 }, { debriefed: 6, rescues: 2, calls: 6 }).lead).toBe(
      'No debriefed calls in this period yet; in the 12 months before you took over on 2 of 6 debriefed calls.',
    )
  })
})

describe('periodStory: the other figures', () => {
  it('tells the brief rates only when both periods have enough held calls', () => {
    const enough = story(
      { calls: 10, heldCalls: 10, debriefed: 8, heldDebriefed: 8, prebriefed: 5 },
      { calls: 10, heldCalls: 10, debriefed: 5, heldDebriefed: 5, prebriefed: 5 },
    )
    expect(enough.more).toEqual(['You debriefed 80% of the calls you joined, up from 50%.', 'You pre-briefed 50% of the calls you joined, as in the 12 months before.'])
    const few = story({ calls: 4, heldCalls: 4, debriefed: 4, heldDebriefed: 4 }, { calls: 10, heldCalls: 10, debriefed: 5, heldDebriefed: 5 })
    expect(few.more).toEqual([])
  })

  it('counts coaching sessions against the previous period, and leaves them out when that period is empty', () => {
    const sessions = (n: number) => ({ role_play: n, drill: 0, prebrief: 0, postbrief: 0, one_on_one: 0 })
    expect(story({ sessions: sessions(6) }, { sessions: sessions(2) }).more).toEqual(['You held 6 coaching sessions, more than the 2 in the 12 months before.'])
    expect(story({ sessions: sessions(1) }, { sessions: sessions(1) }).more).toEqual(['You held 1 coaching session, as many as in the 12 months before.'])
    expect(story({ sessions: sessions(3) }, {}).more).toEqual([])
  })

  it('writes large counts with thousands separators, as the rest of the app does', () => {
    const sessions = (n: number) => ({ role_play: n, drill: 0, prebrief: 0, postbrief: 0, one_on_one: 0 })
    const told = story({ debriefed: 2900, rescues: 1445, calls: 3100, sessions: sessions(1347) }, { debriefed: 2500, rescues: 1500, calls: 2600, sessions: sessions(994) })
    expect(told.lead).toBe('You took over on 50% of debriefed calls (1,445 of 2,900), down from 60% in the 12 months before.')
    expect(told.more).toContain('You held 1,347 coaching sessions, more than the 994 in the 12 months before.')
  })
})
