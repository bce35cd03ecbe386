import { useEffect, useState } from 'react'

/** How long pages stay in view during a scroll before they are asked for anyway (a long, slow scroll). */
const SCROLL_PAUSE_MS = 250

/**
 * The pages asked for: those in view once the scroll has stopped (`scrollend`), or has kept them
 * in view a moment. End or a dragged scrollbar scrolls smoothly through thousands of rows, and
 * asking for every page passed on the way (each read in turn by the core) held back the one
 * where the scroll stops. Meanwhile the pages asked last stay asked, and rows already in the
 * cache show at once.
 */
export function useAskedPages(pages: readonly number[], scrolling: boolean): readonly number[] {
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
