import { useEffect } from 'react'

/** What counts as the person being there. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focus'] as const

/**
 * Calls `onIdle` once after `minutes` without input in this page (null: never). A hidden page
 * counts as idle too: the timer keeps running while the window is in the background.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (minutes === null) return
    const limit = minutes * 60_000
    let timer = window.setTimeout(onIdle, limit)
    const restart = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(onIdle, limit)
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true, capture: true })
    return () => {
      window.clearTimeout(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart, { capture: true })
    }
  }, [minutes, onIdle])
}
