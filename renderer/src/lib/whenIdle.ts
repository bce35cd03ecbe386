/**
 * Resolves once the page next has nothing to do (`requestIdleCallback`), or after `timeoutMs` at
 * the latest; a plain timer where the browser has no idle callback.
 */
export function whenIdle(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}
