import { describe, expect, it } from 'vitest'
import { PRINT_TIME_LABELS, timeAxisInterval } from '../../../../../renderer/src/features/insights/charts/chartProps'

describe('the time axis labels', () => {
  it('on paper labels every n-th bucket, never more than PRINT_TIME_LABELS and every bucket when few', () => {
    for (const buckets of [1, 4, 5, 6, 13, 26, 37, 120]) {
      const every = (timeAxisInterval(true, buckets) as number) + 1
      expect(Math.ceil(buckets / every), `${buckets} buckets`).toBeLessThanOrEqual(PRINT_TIME_LABELS)
      // One bucket fewer between labels would be one label too many.
      if (every > 1) expect(Math.ceil(buckets / (every - 1)), `${buckets} buckets`).toBeGreaterThan(PRINT_TIME_LABELS)
    }
    expect(timeAxisInterval(true, 4)).toBe(0)
  })

  it('on screen leaves Recharts to keep the labels that fit', () => {
    expect(timeAxisInterval(false, 37)).toBe('preserveStartEnd')
    expect(timeAxisInterval(undefined, 37)).toBe('preserveStartEnd')
  })
})
