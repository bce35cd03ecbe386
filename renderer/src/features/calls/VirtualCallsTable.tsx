import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CallSummary } from '../../../../shared/entities'
import { Table } from '../../components/Table'
import { CallRow, CallsHead } from './CallsTable'
import './calls.css'

/** A row's height before it is measured (a call with a second line and a badge). */
const ESTIMATED_ROW_PX = 72
/** Rows drawn beyond the window on each side, so a quick scroll shows no gap. */
const OVERSCAN = 12
/** How near the end of what is loaded the next page is asked for. */
const PREFETCH_ROWS = 30

export type VirtualCallsTableProps = {
  calls: readonly CallSummary[]
  /** Every call the filters match, loaded or not: the list is as tall as all of them. */
  total: number
  currency: string
  caption: string
  hasMore: boolean
  loadingMore: boolean
  onLoadMore: () => void
}

/**
 * The calls list, drawn a window at a time (TanStack Virtual) so 100,000 calls scroll as smoothly
 * as 100: only the rows in view (and a few either side) are in the page, between two spacer rows
 * that keep the table its full height. Pages come from the core as the end of what is loaded
 * nears. The table keeps its semantics: `aria-rowcount` is every matching call, and each row says
 * its place (`aria-rowindex`), so a screen reader announces "row 4,210 of 100,000".
 */
export function VirtualCallsTable({ calls, total, currency, caption, hasMore, loadingMore, onLoadMore }: VirtualCallsTableProps) {
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

  const virtualizer = useWindowVirtualizer({
    count: calls.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => calls[index]?.id ?? index,
  })
  const rows = virtualizer.getVirtualItems()
  const last = rows.at(-1)?.index ?? 0

  useEffect(() => {
    if (hasMore && !loadingMore && last >= calls.length - PREFETCH_ROWS) onLoadMore()
  }, [last, calls.length, hasMore, loadingMore, onLoadMore])

  // At the end stays at the end: End pressed while the last page loads, or rows measured taller
  // than their estimate, would otherwise leave the manager above the last calls they asked for.
  const atEnd = useRef(false)
  useEffect(() => {
    const remember = () => {
      atEnd.current = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
    }
    window.addEventListener('scroll', remember, { passive: true })
    return () => window.removeEventListener('scroll', remember)
  }, [])
  const totalSize = virtualizer.getTotalSize()
  useLayoutEffect(() => {
    if (atEnd.current) window.scrollTo({ top: document.documentElement.scrollHeight })
  }, [totalSize, calls.length])

  const before = rows.length > 0 ? (rows[0]?.start ?? 0) - scrollMargin : 0
  const after = rows.length > 0 ? virtualizer.getTotalSize() - ((rows.at(-1)?.end ?? 0) - scrollMargin) : 0
  // Rows not loaded yet still take their estimated room, so the scrollbar tells the whole length.
  const unloaded = Math.max(0, total - calls.length) * ESTIMATED_ROW_PX

  return (
    <div className="calls-table calls-table--virtual" ref={bodyRef} data-total={total} data-loaded={calls.length}>
      <Table caption={caption} rowCount={total + 1}>
        <CallsHead showRep />
        <tbody>
          {before > 0 && <tr aria-hidden="true" className="calls-table__spacer" style={{ height: before }} />}
          {rows.map((row) => {
            const call = calls[row.index]
            if (!call) return null
            return (
              <CallRow
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                call={call}
                currency={currency}
                showRep
              />
            )
          })}
          {after + unloaded > 0 && <tr aria-hidden="true" className="calls-table__spacer" style={{ height: after + unloaded }} />}
        </tbody>
      </Table>
    </div>
  )
}
