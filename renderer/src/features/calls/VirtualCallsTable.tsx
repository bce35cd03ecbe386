import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CallSummary } from '../../../../shared/entities'
import type { CallFilter } from '../../api/queryKeys'
import { useCallPages } from '../../api/useCalls'
import { Button } from '../../components/Button'
import { Table } from '../../components/Table'
import { callAt, pagesInView } from './callPages'
import { CallRowPlaceholder } from './CallRowPlaceholder'
import { CallRow, CallsHead } from './CallsTable'
import { bodySpacers, CALL_ROW_PX } from './listGeometry'
import { restoredPlace, rememberPlace } from './listPlace'
import { useAskedPages } from './useAskedPages'
import { useEndPin } from './useEndPin'
import './calls.css'

/** Rows drawn beyond the window on each side, so a quick scroll shows no gap. */
const OVERSCAN = 12
/** Date, rep, account, deal value, role: widths fixed in calls.css, whichever rows are drawn. */
const COLUMN_CLASSES = ['calls-col--date', 'calls-col--rep', 'calls-col--account', 'calls-col--value', 'calls-col--role'] as const
const COLUMNS = COLUMN_CLASSES.length

export type VirtualCallsTableProps = {
  filter: CallFilter
  /** Every call the filters match: the list is as tall as all of them. */
  total: number
  currency: string
  caption: string
}

/**
 * The calls list, drawn a window at a time (TanStack Virtual) over every matching call, loaded
 * or not: End, PageDown or the scrollbar dragged to the middle land among rows whose pages are
 * then asked for by their own offset (api/useCalls.ts), and nothing before them. A row whose page
 * has not come yet is a placeholder of the same height, and the table is `aria-busy` meanwhile.
 * Every row is as tall as every other (listGeometry.ts), so the list's height never depends on
 * which pages have come, and "at the end" is held by the manager's intent (endPin.ts).
 * The table keeps its semantics: `aria-rowcount` is every matching call, and each row says its
 * place (`aria-rowindex`), so a screen reader announces "row 4,210 of 100,000".
 */
export function VirtualCallsTable({ filter, total, currency, caption }: VirtualCallsTableProps) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    // Where the list starts on the page: the filters above it move it when they wrap.
    const measure = () => setScrollMargin((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
    measure()
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null
    if (bodyRef.current?.parentElement) observer?.observe(bodyRef.current.parentElement)
    return () => observer?.disconnect()
  }, [])

  // Rows are never measured: each is CALL_ROW_PX, so no size ever changes, the virtualizer never
  // corrects the scroll position for one, and the list's height is `total × CALL_ROW_PX`.
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => CALL_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    // isScrolling ends with the scroll itself (where `scrollend` exists; else 150 ms after the last scroll event).
    useScrollendEvent: true,
  })
  const rows = virtualizer.getVirtualItems()
  const pages = pagesInView(rows[0]?.index ?? 0, rows.at(-1)?.index ?? -1, total)
  const results = useCallPages(filter, pages, useAskedPages(pages, virtualizer.isScrolling))
  const loaded = new Map<number, readonly CallSummary[]>()
  pages.forEach((page, i) => {
    const items = results[i]?.data?.items
    if (items) loaded.set(page, items)
  })
  const failed = results.find((result) => result.isError)
  // A page that failed is not on its way: its rows stay placeholders, but the table is not busy.
  const busy = !failed && (rows.some((row) => !callAt(loaded, row.index)) || results.some((result) => result.isPlaceholderData))

  // At the end stays at the end: End pressed, or the list scrolled to its last row, keeps the
  // manager there when the list's height changes (a call added elsewhere, a window resized).
  const { pinned, pinToEnd } = useEndPin(bodyRef)
  useEffect(() => {
    const remember = () => rememberPlace(pinned.current ? 'end' : (virtualizer.range?.startIndex ?? 0))
    window.addEventListener('scroll', remember, { passive: true })
    return () => window.removeEventListener('scroll', remember)
  }, [virtualizer, pinned])

  // A reload at a deep position comes back to the same calls (the browser's own restoring ran
  // before the list had its height).
  const restored = useRef(false)
  useLayoutEffect(() => {
    if (restored.current || scrollMargin === 0) return
    restored.current = true
    const place = restoredPlace()
    if (place === 'end') pinToEnd()
    else if (place !== null && place > 0 && place < total) virtualizer.scrollToIndex(place, { align: 'start' })
  }, [scrollMargin, total, virtualizer, pinToEnd])

  const { before, after } = bodySpacers(rows[0]?.index ?? 0, rows.at(-1)?.index ?? -1, total)

  return (
    <div className="calls-table calls-table--virtual" ref={bodyRef} data-total={total}>
      {failed && (
        <p role="alert" className="calls-table__failed">
          Some of these calls could not be loaded: {failed.error?.message ?? 'something went wrong.'}{' '}
          <Button size="sm" onClick={() => results.forEach((result) => result.isError && void result.refetch())}>
            Try again
          </Button>
        </p>
      )}
      <Table caption={caption} rowCount={total + 1} busy={busy}>
        <colgroup>
          {COLUMN_CLASSES.map((name) => (
            <col key={name} className={name} />
          ))}
        </colgroup>
        <CallsHead showRep />
        <tbody>
          {before > 0 && <tr aria-hidden="true" className="calls-table__spacer" style={{ height: before }} />}
          {rows.map((row) => {
            const call = callAt(loaded, row.index)
            const place = { 'aria-rowindex': row.index + 2, style: { height: CALL_ROW_PX } }
            return call ? (
              <CallRow key={call.id} {...place} call={call} currency={currency} showRep />
            ) : (
              <CallRowPlaceholder key={`row-${row.index}`} {...place} columns={COLUMNS} />
            )
          })}
          {after > 0 && <tr aria-hidden="true" className="calls-table__spacer" style={{ height: after }} />}
        </tbody>
      </Table>
    </div>
  )
}
