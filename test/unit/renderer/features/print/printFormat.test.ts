import { describe, expect, it } from 'vitest'
import { formatChange, formatFigure, formatRate } from '../../../../../renderer/src/features/print/printFormat'

describe('print formatting', () => {
  it('writes rates as whole percentages and counts as they are', () => {
    expect(formatRate(0.256)).toBe('26%')
    expect(formatRate(null)).toBe('—')
    expect(formatFigure('count', 3)).toBe('3')
    expect(formatFigure('rate', 0.5)).toBe('50%')
  })

  it('writes changes with a sign, in points for rates, and says when nothing moved', () => {
    expect(formatChange({ kind: 'count', change: 2 })).toBe('+2')
    expect(formatChange({ kind: 'count', change: -3 })).toBe('−3')
    expect(formatChange({ kind: 'rate', change: 0.081 })).toBe('+8 pts')
    expect(formatChange({ kind: 'rate', change: 0.002 })).toBe('no change')
    expect(formatChange({ kind: 'rate', change: null })).toBe('—')
  })
})
