import { describe, expect, it } from 'vitest'
import { effectiveStakes } from '../../../shared/stakes'

describe('effectiveStakes', () => {
  it('uses the explicit stakes when set, whatever the deal value', () => {
    expect(effectiveStakes({ stakes: 'sidewalk', dealValue: 9_000_000 }, 250_000)).toBe('sidewalk')
    expect(effectiveStakes({ stakes: 'interstate', dealValue: 10 }, 250_000)).toBe('interstate')
    expect(effectiveStakes({ stakes: 'interstate', dealValue: null }, null)).toBe('interstate')
  })

  it('derives interstate from a deal value at or above the threshold', () => {
    expect(effectiveStakes({ stakes: null, dealValue: 250_000 }, 250_000)).toBe('interstate')
    expect(effectiveStakes({ stakes: null, dealValue: 250_000.01 }, 250_000)).toBe('interstate')
    expect(effectiveStakes({ stakes: null, dealValue: 249_999.99 }, 250_000)).toBe('sidewalk')
    expect(effectiveStakes({ stakes: null, dealValue: 0 }, 0)).toBe('interstate')
  })

  it('falls back to sidewalk when the threshold or the deal value is unknown', () => {
    expect(effectiveStakes({ stakes: null, dealValue: 9_000_000 }, null)).toBe('sidewalk')
    expect(effectiveStakes({ stakes: null, dealValue: null }, 250_000)).toBe('sidewalk')
  })
})
