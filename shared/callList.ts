/** The calls list's split and sort orders (the contract's `calls.list`, the Calls screen). */
export const CALL_LIST_WHEN = ['upcoming', 'past'] as const
export type CallListWhen = (typeof CALL_LIST_WHEN)[number]

export const CALL_LIST_SORTS = ['date', 'dealValue', 'rep'] as const
export type CallListSort = (typeof CALL_LIST_SORTS)[number]
export type SortDirection = 'asc' | 'desc'

/**
 * Each sort's natural direction when none is asked for: upcoming calls soonest first, everything
 * else by date newest first; the biggest deals first; reps A to Z.
 */
export function defaultDirection(sort: CallListSort, when: CallListWhen | undefined): SortDirection {
  if (sort === 'rep') return 'asc'
  if (sort === 'date' && when === 'upcoming') return 'asc'
  return 'desc'
}

/** Calls per request of the Calls screen: each page is asked for by its own offset (`page × size`). */
export const CALLS_PAGE_SIZE = 100
