/**
 * Runs `run` once the page next has nothing to do (`requestIdleCallback`), or after `timeoutMs`
 * at the latest when one is given; a plain timer where the browser has no idle callback. Returns
 * a function that cancels it (a screen that goes away before then).
 */
export function onIdle(run: () => void, timeoutMs?: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, timeoutMs === undefined ? undefined : { timeout: timeoutMs })
    return () => window.cancelIdleCallback(handle)
  }
  const timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}

/** Resolves once the page next has nothing to do, or after `timeoutMs` at the latest (onIdle). */
export function whenIdle(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => void onIdle(resolve, timeoutMs))
}
