import { measureElement, useWindowVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CallSummary } from '../../../../shared/entities'
import type { CallFilter } from '../../api/queryKeys'
import { useCallPages } from '../../api/useCalls'
import { Button } from '../../components/Button'
import { Table } from '../../components/Table'
import { callAt, pagesInView } from './callPages'
import { CallRowPlaceholder } from './CallRowPlaceholder'
import { CallRow, CallsHead } from './CallsTable'
import { restoredPlace, rememberPlace } from './listPlace'
import './calls.css'

/** A row's height before it is measured (a call with an opportunity and a stage: most); placeholders keep it. */
const ESTIMATED_ROW_PX = 94
/** Rows drawn beyond the window on each side, so a quick scroll shows no gap. */
const OVERSCAN = 12
/** Date, rep, account, deal value, role. */
const COLUMNS = 5

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
 * The table keeps its semantics: `aria-rowcount` is every matching call, and each row says its
 * place (`aria-rowindex`), so a screen reader announces "row 4,210 of 100,000".
 */
/** How long pages stay in view during a scroll before they are asked for anyway (a long, slow scroll). */
const SCROLL_PAUSE_MS = 250

/**
 * The pages asked for: those in view once the scroll has stopped (`scrollend`), or has kept them
 * in view a moment. End or a dragged scrollbar scrolls smoothly through thousands of rows, and
 * asking for every page passed on the way (each read in turn by the core) held back the one
 * where the scroll stops. Meanwhile the pages asked last stay asked, and rows already in the
 * cache show at once.
 */
function useAskedPages(pages: readonly number[], scrolling: boolean): readonly number[] {
  const [asked, setAsked] = useState(pages)
  const key = pages.join(',')
  const askedKey = asked.join(',')
  // Adjusting state to what is drawn, during the render (React's pattern for derived state).
  if (!scrolling && askedKey !== key) setAsked(pages)
  useEffect(() => {
    if (!scrolling || askedKey === key) return
    const timer = setTimeout(() => setAsked(key === '' ? [] : key.split(',').map(Number)), SCROLL_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [scrolling, key, askedKey])
  return scrolling ? asked : pages
}

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

  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    // isScrolling ends with the scroll itself (where `scrollend` exists; else 150 ms after the last scroll event).
    useScrollendEvent: true,
    // A row never lays out at 0 px; where nothing is laid out (a hidden page, a DOM without
    // layout) that would draw ever more rows, so the estimate stands in until a real height comes.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ESTIMATED_ROW_PX,
  })
  // A row above the window measured other than its estimate moves the scroll by the difference,
  // so the rows in view stay put; but not while a scroll is on its way: that correction stops the
  // browser's smooth scroll (Home from the end of 100,000 calls stopped a few thousand rows short).
  useLayoutEffect(() => {
    // TanStack Virtual takes this rule as a property of the instance only (not among its options).
    // eslint-disable-next-line react-hooks/immutability
    virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item: VirtualItem, _delta: number, instance: Virtualizer<Window, Element>) =>
      !instance.isScrolling && item.start < (instance.scrollOffset ?? 0)
  }, [virtualizer])
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

  // At the end stays at the end: End pressed while the last page loads, or rows measured taller
  // than their estimate, would otherwise leave the manager above the last calls they asked for.
  const atEnd = useRef(false)
  useEffect(() => {
    const remember = () => {
      atEnd.current = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
      rememberPlace(atEnd.current ? 'end' : (virtualizer.range?.startIndex ?? 0))
    }
    // Capturing: heard before the virtualizer's own listener redraws the list, so the effect below
    // never reads "at the end" from before a scroll that has started (it would stop Home's scroll).
    window.addEventListener('scroll', remember, { passive: true, capture: true })
    return () => window.removeEventListener('scroll', remember, { capture: true })
  }, [virtualizer])
  const totalSize = virtualizer.getTotalSize()
  useLayoutEffect(() => {
    if (atEnd.current) window.scrollTo({ top: document.documentElement.scrollHeight })
  }, [totalSize])

  // A reload at a deep position comes back to the same calls (the browser's own restoring ran
  // before the list had its height).
  const restored = useRef(false)
  useLayoutEffect(() => {
    if (restored.current || scrollMargin === 0) return
    restored.current = true
    const place = restoredPlace()
    if (place === 'end') {
      atEnd.current = true
      window.scrollTo({ top: document.documentElement.scrollHeight })
    } else if (place !== null && place > 0 && place < total) virtualizer.scrollToIndex(place, { align: 'start' })
  }, [scrollMargin, total, virtualizer])

  const before = rows.length > 0 ? (rows[0]?.start ?? 0) - scrollMargin : 0
  const after = rows.length > 0 ? totalSize - ((rows.at(-1)?.end ?? 0) - scrollMargin) : 0

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
        <CallsHead showRep />
        <tbody>
          {before > 0 && <tr aria-hidden="true" className="calls-table__spacer" style={{ height: before }} />}
          {rows.map((row) => {
            const call = callAt(loaded, row.index)
            const place = { ref: virtualizer.measureElement, 'data-index': row.index, 'aria-rowindex': row.index + 2 }
            return call ? (
              <CallRow key={call.id} {...place} call={call} currency={currency} showRep />
            ) : (
              <CallRowPlaceholder key={`row-${row.index}`} {...place} columns={COLUMNS} style={{ height: ESTIMATED_ROW_PX }} />
            )
          })}
          {after > 0 && <tr aria-hidden="true" className="calls-table__spacer" style={{ height: after }} />}
        </tbody>
      </Table>
    </div>
  )
}
