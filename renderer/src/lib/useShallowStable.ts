import { useState } from 'react'

/**
 * The object given, or the one given at an earlier render when every own property is the same
 * (Object.is): an object rebuilt at each render (a form's errors, the form without the field being
 * typed in) keeps its identity while its contents do, so memoised children below it bail out.
 */
export function useShallowStable<T extends object>(next: T): T {
  const [kept, setKept] = useState(next)
  if (kept === next || shallowEqual(kept, next)) return kept
  // Storing what the previous render saw (react.dev, "useState": the render is redone at once).
  setKept(next)
  return next
}

export function shallowEqual(a: object, b: object): boolean {
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  return aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}
