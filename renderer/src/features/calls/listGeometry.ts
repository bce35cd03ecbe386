/**
 * The calls list's height is arithmetic, never measured: every row — a call or a placeholder
 * whose page is on its way — is exactly `CALL_ROW_PX` tall (calls.css holds each line of a row to
 * one line), so the list is `total × CALL_ROW_PX` whichever rows are drawn or loaded. A list that
 * measured its rows changed height as pages came in (and TanStack Virtual corrected the scroll
 * for each row measured above the window); under load, End left the view a few thousand pixels
 * short of the end (stop 19, docs/architecture.md "The calls list").
 */

/** A call's row: its account, opportunity and stage badge on three lines, with the cell padding. */
export const CALL_ROW_PX = 94

/** The room above and below the rows drawn, so the body is always `total × rowPx` tall. */
export type BodySpacers = { before: number; after: number }

/**
 * The spacers around rows `first`…`last` (inclusive) of `total`. With no row drawn (`last < first`:
 * the virtualizer has not placed the window yet) the whole body is one spacer, so the list keeps
 * its height instead of collapsing to its header for a frame.
 */
export function bodySpacers(first: number, last: number, total: number, rowPx = CALL_ROW_PX): BodySpacers {
  const count = Math.max(0, total)
  if (last < first || first >= count) return { before: count * rowPx, after: 0 }
  const from = Math.max(0, first)
  const to = Math.min(count - 1, last)
  return { before: from * rowPx, after: (count - 1 - to) * rowPx }
}
