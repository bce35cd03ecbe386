import { CALLS_PAGE_SIZE } from '../../../../shared/callList'
import type { CallSummary } from '../../../../shared/entities'

/**
 * Rows fetched beyond those drawn on each side: a short scroll or a PageDown finds its calls
 * already there, a jump (End, the scrollbar dragged) asks for one or two pages only.
 */
export const PAGE_MARGIN_ROWS = 20

/** The pages holding rows `first`…`last` (and a margin either side), within the `total` rows. */
export function pagesInView(first: number, last: number, total: number, margin = PAGE_MARGIN_ROWS): number[] {
  if (total <= 0 || last < first) return []
  const from = Math.max(0, first - margin)
  const to = Math.min(total - 1, last + margin)
  if (to < from) return []
  const pages: number[] = []
  for (let page = Math.floor(from / CALLS_PAGE_SIZE); page <= Math.floor(to / CALLS_PAGE_SIZE); page++) pages.push(page)
  return pages
}

/** A page's calls as it came from the core, or undefined while it has not. */
export type LoadedPages = ReadonlyMap<number, readonly CallSummary[]>

/** The call at a row of the whole list, or undefined when its page is not loaded (a placeholder row). */
export function callAt(pages: LoadedPages, index: number): CallSummary | undefined {
  return pages.get(Math.floor(index / CALLS_PAGE_SIZE))?.[index % CALLS_PAGE_SIZE]
}
