import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { editsText, nextEndPin, type EndSignal } from './endPin'

/** Within 2 px of the document's end: a fractional scroll position still counts. */
function windowAtBottom(): boolean {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
}

function scrollWindowToEnd(): void {
  if (!windowAtBottom()) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
}

/**
 * Holds the calls list at its end while the manager's intent says so (endPin.ts), and scrolls it
 * back there whenever the list's height changes. Returns the pin (a ref: reading it must not
 * re-render) and a way to pin on behalf of the manager (a reload that had been at the end).
 */
export function useEndPin(list: RefObject<HTMLElement | null>) {
  const pinned = useRef(false)
  useEffect(() => {
    let pointerDown = false
    const apply = (signal: EndSignal) => {
      pinned.current = nextEndPin(pinned.current, signal)
    }
    const onKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) apply({ kind: 'key', key: event.key, shiftKey: event.shiftKey, inTextEntry: editsText(event.target) })
    }
    const onWheel = (event: WheelEvent) => apply({ kind: 'wheel', deltaY: event.deltaY })
    const onPointerDown = () => {
      pointerDown = true
    }
    const onPointerUp = () => {
      pointerDown = false
    }
    const onScroll = () => apply({ kind: 'scroll', atBottom: windowAtBottom(), byPointer: pointerDown })
    const follow = () => {
      if (pinned.current) scrollWindowToEnd()
    }
    // Capturing, so the pin is settled before any other listener of the same event reads it; but
    // keys once they have bubbled up, so a widget that takes End or Home for itself is left alone.
    const capture = { capture: true, passive: true } as const
    window.addEventListener('keydown', onKey)
    window.addEventListener('wheel', onWheel, capture)
    window.addEventListener('pointerdown', onPointerDown, capture)
    window.addEventListener('pointerup', onPointerUp, capture)
    window.addEventListener('pointercancel', onPointerUp, capture)
    window.addEventListener('scroll', onScroll, capture)
    window.addEventListener('resize', follow)
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(follow) : null
    if (list.current) observer?.observe(list.current)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('wheel', onWheel, capture)
      window.removeEventListener('pointerdown', onPointerDown, capture)
      window.removeEventListener('pointerup', onPointerUp, capture)
      window.removeEventListener('pointercancel', onPointerUp, capture)
      window.removeEventListener('scroll', onScroll, capture)
      window.removeEventListener('resize', follow)
      observer?.disconnect()
    }
  }, [list])

  const pinToEnd = useCallback(() => {
    pinned.current = true
    scrollWindowToEnd()
  }, [])
  return { pinned, pinToEnd }
}
