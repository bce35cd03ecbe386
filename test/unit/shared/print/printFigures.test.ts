import { describe, expect, it } from 'vitest'
import { emptyCounts, finishMetrics, type MetricCounts } from '../../../../shared/metrics'
import { headlineFigures, type HeadlineKey } from '../../../../shared/printFigures'

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
