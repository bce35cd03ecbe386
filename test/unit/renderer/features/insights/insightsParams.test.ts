import { afterEach, describe, expect, it } from 'vitest'
import { viewFromParams, viewToParams } from '../../../../../renderer/src/features/insights/insightsParams'
import { readRememberedPeriod, rememberedPeriodKey, rememberPeriod } from '../../../../../renderer/src/features/insights/rememberedPeriod'

describe('the Insights address', () => {
  it('reads period and rep, ignoring custom days unless the period is custom', () => {
    expect(viewFromParams(new URLSearchParams('period=90d&rep=r2&from=2026-01-01'))).toEqual({
      preset: '90d',
      from: undefined,
      to: undefined,
      repId: 'r2',
    })
    expect(viewFromParams(new URLSearchParams('period=custom&from=2026-01-01&to=bad'))).toMatchObject({
      preset: 'custom',
      from: '2026-01-01',
      to: undefined,
    })
  })

  it('falls back to the period chosen last, then to the last 12 months, for a missing or unknown period', () => {
    expect(viewFromParams(new URLSearchParams('period=7y')).preset).toBe('12m')
    expect(viewFromParams(new URLSearchParams('')).preset).toBe('12m')
    expect(viewFromParams(new URLSearchParams('rep=r1'), { preset: '90d' })).toEqual({ preset: '90d', from: undefined, to: undefined, repId: 'r1' })
    const custom = { preset: 'custom' as const, from: '2026-01-01', to: '2026-02-01' }
    expect(viewFromParams(new URLSearchParams(''), custom)).toEqual({ ...custom, repId: '' })
    // The address wins over what was remembered.
    expect(viewFromParams(new URLSearchParams('period=30d'), custom).preset).toBe('30d')
  })

  it('always writes the period (a plain address means "the one chosen last"), and reads back what it wrote', () => {
    expect(viewToParams({ preset: '12m', repId: '' })).toEqual({ period: '12m' })
    const view = { preset: 'custom' as const, from: '2026-01-01', to: '2026-02-01', repId: 'r1' }
    const params = viewToParams(view)
    expect(params).toEqual({ period: 'custom', from: '2026-01-01', to: '2026-02-01', rep: 'r1' })
    expect(viewFromParams(new URLSearchParams(params))).toEqual(view)
  })
})

describe('the remembered period', () => {
  afterEach(() => window.localStorage.clear())

  it('is kept per journal: the demo journal keeps its own', () => {
    rememberPeriod('journal', { preset: '90d' })
    rememberPeriod('demo', { preset: 'custom', from: '2025-01-01', to: '2025-06-30' })
    expect(readRememberedPeriod('journal')).toEqual({ preset: '90d', from: undefined, to: undefined })
    expect(readRememberedPeriod('demo')).toEqual({ preset: 'custom', from: '2025-01-01', to: '2025-06-30' })
  })

  it('reads nothing from an empty, damaged or foreign entry', () => {
    expect(readRememberedPeriod('journal')).toBeNull()
    for (const text of ['{', '"12m"', 'null', '{"period":"7y"}', '{"period":42}']) {
      window.localStorage.setItem(rememberedPeriodKey('journal'), text)
      expect(readRememberedPeriod('journal')).toBeNull()
    }
    window.localStorage.setItem(rememberedPeriodKey('journal'), '{"period":"custom","from":"soon","to":"2026-02-01"}')
    expect(readRememberedPeriod('journal')).toEqual({ preset: 'custom', from: undefined, to: '2026-02-01' })
  })
})
