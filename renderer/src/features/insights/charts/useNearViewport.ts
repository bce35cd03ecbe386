import { useEffect, useState, type RefObject } from 'react'

/**
 * How far beyond the viewport a chart is already drawn: about a screen below and above, so a
 * chart is ready before it scrolls in and one scrolled past stays drawn a while.
 */
export const NEAR_VIEWPORT_MARGIN = '800px 0px'

/**
 * Whether the element is within NEAR_VIEWPORT_MARGIN of the viewport, kept up to date by an
 * IntersectionObserver; false until the observer first answers. Always true when `enabled` is
 * false (print: every chart at once) or where there is no IntersectionObserver.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled = true): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries[entries.length - 1]
        if (latest) setNear(latest.isIntersecting)
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, enabled])
  return !enabled || typeof IntersectionObserver === 'undefined' || near
}
