import { describe, expect, it } from 'vitest'
import { formatChange, formatFigure, formatRate } from '../../../../../renderer/src/features/print/printFormat'

describe('print formatting', () => {
  it('writes rates as whole percentages and counts as they are', () => {
    expect(formatRate(0.256)).toBe('26%')
    expect(formatRate(null)).toBe('—')
    expect(formatFigure('count', 3)).toBe('3')
    expect(formatFigure('count', 1347)).toBe('1,347')
    expect(formatFigure('rate', 0.5)).toBe('50%')
  })

  it('writes changes with a sign, in points for rates, and says when nothing moved', () => {
    expect(formatChange({ kind: 'count', change: 2, current: 5, previous: 3 })).toBe('+2')
    expect(formatChange({ kind: 'count', change: -3, current: 1, previous: 4 })).toBe('−3')
    expect(formatChange({ kind: 'count', change: 1353, current: 2347, previous: 994 })).toBe('+1,353')
    expect(formatChange({ kind: 'rate', change: 0.081, current: 0.331, previous: 0.25 })).toBe('+8 pts')
    expect(formatChange({ kind: 'rate', change: 0.002, current: 0.252, previous: 0.25 })).toBe('no change')
    expect(formatChange({ kind: 'rate', change: null, current: null, previous: 0.25 })).toBe('—')
  })

  it('gives a rate’s change as the difference of the two rates printed beside it', () => {
    // 91.4% and 91.6% print as 91% and 92%: the change beside them is −1 pt, not "no change".
    expect(formatChange({ kind: 'rate', change: -0.002, current: 0.914, previous: 0.916 })).toBe('−1 pt')
    expect(formatChange({ kind: 'rate', change: 0.009, current: 0.924, previous: 0.915 })).toBe('no change')
  })
})
