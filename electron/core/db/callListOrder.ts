import type { CallListSort, SortDirection } from '../../../shared/callList'

/**
 * The calls list's orders as terms, so each can be written forwards or exactly backwards. Every
 * order ends on the call's id, so it is total: reversed, it gives the same rows in the opposite
 * order, which is what lets a page near the end be read from the end (`pagePlan`).
 */
export type OrderTerm = { sql: string; desc: boolean; nullsLast?: true }

/** By day, then time (calls without a time after those with one, newest first), then entry order. */
function byDate(desc: boolean): OrderTerm[] {
  return [
    { sql: 'c.call_date', desc },
    // SQLite sorts NULL as the smallest value: last when descending, first when ascending.
    { sql: 'c.call_time', desc },
    { sql: 'c.created_at', desc },
    { sql: 'c.id', desc },
  ]
}

export function listOrder(sort: CallListSort, direction: SortDirection): OrderTerm[] {
  const desc = direction === 'desc'
  // A call without a deal value comes last whichever way the values run.
  if (sort === 'dealValue') return [{ sql: 'c.deal_value', desc, nullsLast: true }, ...byDate(desc)]
  if (sort === 'rep') return [{ sql: 'r.name COLLATE NOCASE', desc }, { sql: 'c.call_date', desc: true }, { sql: 'c.id', desc: true }]
  return byDate(desc)
}

/** `ORDER BY` text for the terms, or for their exact reverse (each direction and NULL place flipped). */
export function orderSql(terms: readonly OrderTerm[], reversed = false): string {
  return terms
    .map(({ sql, desc, nullsLast }) => {
      const down = reversed ? !desc : desc
      const nulls = nullsLast ? (reversed ? ' NULLS FIRST' : ' NULLS LAST') : ''
      return `${sql} ${down ? 'DESC' : 'ASC'}${nulls}`
    })
    .join(', ')
}

/** How one page is read: from the start, or (in the far half) from the end in the reverse order. */
export type PagePlan = { reversed: boolean; offset: number; limit: number }

/**
 * `OFFSET n` walks the n rows it skips, so the 1,000th page of 100,000 calls cost as much as reading
 * them all. A page in the far half is read from the other end instead (the reversed order, the
 * rows then turned back): the last page is as cheap as the first, and no page walks more than
 * half the list.
 */
export function pagePlan(offset: number, limit: number, total: number): PagePlan {
  if (offset >= total) return { reversed: false, offset, limit: 0 }
  const end = Math.min(total, offset + limit)
  if (offset <= total - end) return { reversed: false, offset, limit: end - offset }
  return { reversed: true, offset: total - end, limit: end - offset }
}
