import { describe, expect, it } from 'vitest'
import { listOrder, orderSql, pagePlan } from '../../../../../electron/core/db/callListOrder'

describe('a page of the calls list', () => {
  it('is read from the start while fewer rows lie before it than after it', () => {
    expect(pagePlan(0, 100, 100_000)).toEqual({ reversed: false, offset: 0, limit: 100 })
    expect(pagePlan(49_900, 100, 100_000)).toEqual({ reversed: false, offset: 49_900, limit: 100 })
  })

  it('is read from the end, in the reverse order, past the middle: the last page skips nothing', () => {
    expect(pagePlan(50_000, 100, 100_000)).toEqual({ reversed: true, offset: 49_900, limit: 100 })
    expect(pagePlan(99_900, 100, 100_000)).toEqual({ reversed: true, offset: 0, limit: 100 })
  })

  it('is cut at the last call, and empty past it', () => {
    expect(pagePlan(99_950, 100, 100_000)).toEqual({ reversed: true, offset: 0, limit: 50 })
    expect(pagePlan(0, 100, 30)).toEqual({ reversed: false, offset: 0, limit: 30 })
    expect(pagePlan(100_000, 100, 100_000).limit).toBe(0)
    expect(pagePlan(0, 100, 0).limit).toBe(0)
  })
})

describe('the list orders', () => {
  it('end on the id, so each is total and its reverse is exact', () => {
    for (const sort of ['date', 'dealValue', 'rep'] as const) {
      for (const direction of ['asc', 'desc'] as const) expect(listOrder(sort, direction).at(-1)?.sql).toBe('c.id')
    }
  })

  it('reverse every direction and keep unknown deal values at the same end as the values run', () => {
    const terms = listOrder('dealValue', 'desc')
    expect(orderSql(terms)).toBe('c.deal_value DESC NULLS LAST, c.call_date DESC, c.call_time DESC, c.created_at DESC, c.id DESC')
    expect(orderSql(terms, true)).toBe('c.deal_value ASC NULLS FIRST, c.call_date ASC, c.call_time ASC, c.created_at ASC, c.id ASC')
  })
})
