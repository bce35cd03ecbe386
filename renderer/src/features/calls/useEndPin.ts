import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { editsText, nextEndPin, type EndSignal } from './endPin'

/** Within 2 px of the document's end: a fractional scroll position still counts. */
function windowAtBottom(): boolean {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
}

function scrollWindowToEnd(): void {
  if (!windowAtBottom()) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
}

/** A key pressed in a dialog (the list's own confirmations, the palette): not the list's. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null
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
      // A dialog over the list has the keys: End there is not the list's.
      if (event.defaultPrevented || inDialog(event.target)) return
      const inTextEntry = editsText(event.target)
      apply({ kind: 'key', key: event.key, shiftKey: event.shiftKey, inTextEntry })
      // End goes to the list's end at once, not by the browser's animated scroll: Chromium runs
      // that animation on its compositor, and a correction made while it ran (the list grown
      // as its last rows came, scrolled again to its new end) was undone by the animation's next
      // step — the list landed a thousand pixels from the top (a flaky polish.spec, stop 25).
      if (event.key === 'End' && !inTextEntry) {
        event.preventDefault()
        scrollWindowToEnd()
      }
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
    const listeners: [string, EventListener, AddEventListenerOptions?][] = [
      ['keydown', onKey as EventListener],
      ['wheel', onWheel as EventListener, capture],
      ['pointerdown', onPointerDown, capture],
      ['pointerup', onPointerUp, capture],
      ['pointercancel', onPointerUp, capture],
      ['scroll', onScroll, capture],
      ['resize', follow],
    ]
    for (const [type, listener, options] of listeners) window.addEventListener(type, listener, options)
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(follow) : null
    if (list.current) observer?.observe(list.current)
    return () => {
      for (const [type, listener, options] of listeners) window.removeEventListener(type, listener, options)
      observer?.disconnect()
    }
  }, [list])

  const pinToEnd = useCallback(() => {
    pinned.current = true
    scrollWindowToEnd()
  }, [])
  return { pinned, pinToEnd }
}
