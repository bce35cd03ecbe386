import { describe, expect, it } from 'vitest'
import {
  METRIC_NAMES,
  emptyCounts,
  finishMetrics,
  metricsQuerySchema,
  ratio,
  selfSufficiency,
  type MetricCounts,
} from '../../../shared/metrics'

const counts = (overrides: Partial<MetricCounts>): MetricCounts => ({ ...emptyCounts(), ...overrides })

describe('finishMetrics', () => {
  it('gives null ratios, zero counts and every role and session key for an empty slice', () => {
    const m = finishMetrics(emptyCounts())
    expect(Object.keys(m)).toEqual([...METRIC_NAMES])
    expect(m.rescueRate).toBeNull()
    expect(m.planAdherence).toBeNull()
    expect(m.askShare).toBeNull()
    expect(m.prebriefRate).toBeNull()
    expect(m.debriefRate).toBeNull()
    expect(m.roleMix).toEqual({ visiting_dignitary: 0, depth_and_breadth: 0, technical_expert: 0, crutch: 0 })
    expect(m.sessions).toEqual({ role_play: 0, drill: 0, prebrief: 0, postbrief: 0, one_on_one: 0 })
  })

  it('divides each ratio by its own denominator', () => {
    const m = finishMetrics(
      counts({
        calls: 10,
        heldCalls: 8,
        prebriefed: 6,
        debriefed: 5,
        heldDebriefed: 4,
        rescues: 2,
        avoidableRescues: 1,
        plannedDebriefed: 4,
        keptToPlan: 3,
        slips: 1,
        asks: 6,
        tells: 18,
      }),
    )
    expect(m.rescueRate).toBe(2 / 5) // rescues / debriefed
    expect(m.planAdherence).toBe(3 / 4) // kept to plan / debriefed with a plan
    expect(m.askShare).toBe(6 / 24) // 6 / (6 + 18)
    expect(m.prebriefRate).toBe(6 / 8) // prebriefed / held
    expect(m.debriefRate).toBe(4 / 8) // held and debriefed / held, not debriefed (5) / held
    expect(m.calls).toBe(10)
    expect(m.slips).toBe(1)
    expect(m.avoidableRescues).toBe(1)
  })

  it('gives a null ask share when asks and tells add up to 0, and 0 when only tells were recorded', () => {
    expect(finishMetrics(counts({ debriefed: 3, asks: 0, tells: 0 })).askShare).toBeNull()
    expect(finishMetrics(counts({ debriefed: 3, asks: 0, tells: 4 })).askShare).toBe(0)
  })

  it('copies the mixes so a report cannot alias the counts', () => {
    const c = counts({})
    const m = finishMetrics(c)
    c.roleMix.crutch = 5
    expect(m.roleMix.crutch).toBe(0)
  })
})

describe('ratio and selfSufficiency', () => {
  it('never reports 0 for an empty denominator', () => {
    expect(ratio(0, 0)).toBeNull()
    expect(ratio(0, 3)).toBe(0)
  })
  it('is 1 - rescueRate, null when the rate is null', () => {
    expect(selfSufficiency(0.25)).toBe(0.75)
    expect(selfSufficiency(0)).toBe(1)
    expect(selfSufficiency(null)).toBeNull()
  })
})

describe('metricsQuerySchema', () => {
  it('accepts a period with optional asOf and rep', () => {
    expect(metricsQuerySchema.parse({ from: '2026-01-01', to: '2026-01-01' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
    })
    expect(metricsQuerySchema.safeParse({ from: '2026-01-01', to: '2026-03-31', asOf: '2026-02-10', repId: 'r1' }).success).toBe(true)
  })

  it('refuses a period that ends before it starts, naming the field', () => {
    const result = metricsQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-31' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['to'])
    expect(result.error?.issues[0]?.message).toMatch(/before it starts/)
  })

  it('refuses days that do not exist and absurdly long periods', () => {
    expect(metricsQuerySchema.safeParse({ from: '2026-02-30', to: '2026-03-01' }).success).toBe(false)
    expect(metricsQuerySchema.safeParse({ from: '1000-01-01', to: '2026-03-01' }).success).toBe(false)
  })
})
