import { useEffect, useRef } from 'react'
import { useLocation } from 'wouter'

/**
 * Calls `flush` whenever the route changes while this component stays on screen (e.g. moving
 * between the Plan and Debrief tabs of one call), so nothing typed waits for its debounce.
 * Leaving a screen unmounts it, and `useAutosave` flushes on unmount as well.
 */
export function useFlushOnRouteChange(flush: () => unknown): void {
  const [location] = useLocation()
  const previous = useRef(location)
  const latest = useRef(flush)
  useEffect(() => {
    latest.current = flush
  }, [flush])
  useEffect(() => {
    if (previous.current === location) return
    previous.current = location
    void latest.current()
  }, [location])
}
