import { describe, expect, it } from 'vitest'
import { viewFromParams, viewToParams } from '../../../../../renderer/src/features/insights/insightsParams'

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

  it('falls back to the last 30 days for a missing or unknown period', () => {
    expect(viewFromParams(new URLSearchParams('period=7y')).preset).toBe('30d')
    expect(viewFromParams(new URLSearchParams('')).preset).toBe('30d')
  })

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(viewToParams({ preset: '30d', repId: '' })).toEqual({})
    const view = { preset: 'custom' as const, from: '2026-01-01', to: '2026-02-01', repId: 'r1' }
    const params = viewToParams(view)
    expect(params).toEqual({ period: 'custom', from: '2026-01-01', to: '2026-02-01', rep: 'r1' })
    expect(viewFromParams(new URLSearchParams(params))).toEqual(view)
  })
})
