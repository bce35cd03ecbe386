import { useEffect } from 'react'

/** What counts as the person being there. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focus'] as const

/** How often the clock is looked at while nothing happens: a laptop that wakes locks within this much awake time. */
export const IDLE_CHECK_MS = 30_000

/**
 * Calls `onIdle` once after `minutes` without input in this page (null: never). A hidden page
 * counts as idle too: the count goes on while the window is in the background.
 *
 * The minutes are the wall clock's. A timer counts only the time the computer is awake — a laptop
 * closed for a night resumes its timers where they stopped — so a timer alone would leave the
 * journal open to whoever opens the lid. The clock is looked at every IDLE_CHECK_MS and before any
 * input counts: the first touch after a long sleep locks the journal rather than starting the
 * count again.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (minutes === null) return
    const limit = minutes * 60_000
    let lastInput = Date.now()
    let locked = false
    let timer = 0
    const lockIfIdle = (): boolean => {
      if (!locked && Date.now() - lastInput >= limit) {
        locked = true
        onIdle()
      }
      return locked
    }
    const schedule = () => {
      window.clearTimeout(timer)
      const left = limit - (Date.now() - lastInput)
      timer = window.setTimeout(() => {
        if (!lockIfIdle()) schedule()
      }, Math.max(0, Math.min(left, IDLE_CHECK_MS)))
    }
    const onInput = () => {
      if (lockIfIdle()) return
      lastInput = Date.now()
      schedule()
    }
    schedule()
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true })
    return () => {
      window.clearTimeout(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onInput, { capture: true })
    }
  }, [minutes, onIdle])
}
