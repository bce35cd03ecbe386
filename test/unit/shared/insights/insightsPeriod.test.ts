import { describe, expect, it } from 'vitest'
import { isPeriodPreset, resolveFixedPeriod, resolvePeriod } from '../../../../shared/insightsPeriod'

const SPAN = { first: '2023-05-02', last: '2026-04-10' }

describe('resolvePeriod', () => {
  it('counts the rolling presets back from today, today included', () => {
    expect(resolvePeriod({ preset: '30d' }, '2026-03-20', SPAN)).toEqual({ from: '2026-02-19', to: '2026-03-20' })
    expect(resolvePeriod({ preset: '90d' }, '2026-03-20', SPAN)).toEqual({ from: '2025-12-21', to: '2026-03-20' })
    expect(resolvePeriod({ preset: '12m' }, '2026-03-20', SPAN)).toEqual({ from: '2025-03-21', to: '2026-03-20' })
  })

  it('runs "all" from the first record to the last one or today, whichever is later', () => {
    expect(resolvePeriod({ preset: 'all' }, '2026-03-20', SPAN)).toEqual({ from: '2023-05-02', to: '2026-04-10' })
    expect(resolvePeriod({ preset: 'all' }, '2026-05-01', SPAN)).toEqual({ from: '2023-05-02', to: '2026-05-01' })
    expect(resolvePeriod({ preset: 'all' }, '2026-05-01', { first: null, last: null })).toEqual({
      from: '2026-05-01',
      to: '2026-05-01',
    })
  })

  it('takes a custom period as given, and nothing when it is incomplete, unreal or backwards', () => {
    const today = '2026-03-20'
    expect(resolvePeriod({ preset: 'custom', from: '2026-01-01', to: '2026-01-31' }, today, SPAN)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(resolvePeriod({ preset: 'custom', from: '2026-01-01' }, today, SPAN)).toBeNull()
    expect(resolvePeriod({ preset: 'custom', from: '2026-02-30', to: '2026-03-01' }, today, SPAN)).toBeNull()
    expect(resolvePeriod({ preset: 'custom', from: '2026-03-02', to: '2026-03-01' }, today, SPAN)).toBeNull()
  })

  it('knows its presets', () => {
    expect(['30d', 'all', 'custom'].every(isPeriodPreset)).toBe(true)
    expect(isPeriodPreset('7d')).toBe(false)
    expect(isPeriodPreset(null)).toBe(false)
  })
})

describe('resolveFixedPeriod', () => {
  it('resolves the presets of fixed length as resolvePeriod does, without the journal', () => {
    for (const preset of ['30d', '90d', '12m'] as const) {
      expect(resolveFixedPeriod({ preset }, '2026-03-20')).toEqual(resolvePeriod({ preset }, '2026-03-20', SPAN))
    }
  })

  it('leaves "all" and "custom" to resolvePeriod, which needs the journal or the chosen days', () => {
    expect(resolveFixedPeriod({ preset: 'all' }, '2026-03-20')).toBeNull()
    expect(resolveFixedPeriod({ preset: 'custom', from: '2026-01-01', to: '2026-01-31' }, '2026-03-20')).toBeNull()
  })
})
