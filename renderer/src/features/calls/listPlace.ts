/**
 * Where the manager was in the calls list, kept for this tab (sessionStorage) under the list's
 * address, so a reload at the 60,000th call comes back there. Only a reload (or Back/Forward onto
 * the page) restores it, and only for the list the page opened on: moving to the Calls screen
 * from another one starts at the top, as every screen does.
 */
export type ListPlace = number | 'end'

const KEY_PREFIX = 'coachbook.calls.place:'
let openedOnThisPage = false

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    // Storage refused (a privacy setting): the list simply starts at the top.
    return null
  }
}

export function rememberPlace(place: ListPlace): void {
  storage()?.setItem(KEY_PREFIX + location.hash, String(place))
}

/** The remembered place when the document was reloaded on this list, once; otherwise null. */
export function restoredPlace(): ListPlace | null {
  if (openedOnThisPage) return null
  openedOnThisPage = true
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
  if (navigation?.type !== 'reload' && navigation?.type !== 'back_forward') return null
  // The document must have opened on this very list, not on another screen reloaded earlier.
  if (new URL(navigation.name, location.href).hash !== location.hash) return null
  const saved = storage()?.getItem(KEY_PREFIX + location.hash)
  if (saved === 'end') return 'end'
  const index = Number(saved)
  return saved && Number.isInteger(index) && index >= 0 ? index : null
}
