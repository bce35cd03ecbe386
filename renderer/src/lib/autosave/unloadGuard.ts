import { detectPlatform, type PlatformWindow } from '../../platform'

/**
 * One `beforeunload` listener for every autosaving form on the page. While any of them holds
 * words the journal has not confirmed, closing or reloading the window first saves them:
 *
 * - Browser mode: the pending saves start at once and the browser is asked to confirm leaving
 *   (`preventDefault`), which gives them time to land.
 * - Electron: the renderer cancels the close itself, waits for the saves, then closes the window.
 *   If they could not be saved (the journal refused a value), the close stays cancelled so the
 *   message can be read; a second close goes through, so the window can never be held hostage.
 *
 * And when the page goes away all the same (`pagehide`: the person chose to leave, or the window
 * closed without asking), whatever is still unsaved is sent at once.
 */
export type UnloadEntry = {
  hasUnsavedChanges: () => boolean
  flush: () => Promise<void>
}

type GuardWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'close'> & PlatformWindow

const entries = new Set<UnloadEntry>()
let installedOn: GuardWindow | null = null
let closingAfterFlush = false
let blockedOnce = false

function isDesktop(win: GuardWindow): boolean {
  return detectPlatform(win).kind === 'desktop'
}

function pending(): UnloadEntry[] {
  return [...entries].filter((entry) => entry.hasUnsavedChanges())
}

export function handleBeforeUnload(event: BeforeUnloadEvent, win: GuardWindow = window): void {
  if (closingAfterFlush) return
  const unsaved = pending()
  if (unsaved.length === 0) return
  const flushed = Promise.all(unsaved.map((entry) => entry.flush().catch(() => undefined)))
  if (isDesktop(win)) {
    if (blockedOnce) return
    event.preventDefault()
    void flushed.then(() => {
      if (pending().length > 0) {
        blockedOnce = true
        return
      }
      closingAfterFlush = true
      win.close()
    })
    return
  }
  event.preventDefault()
  // Older engines ask only when returnValue is set.
  event.returnValue = true
}

/** The page is going away: every form with unsaved words starts its save now. */
export function handlePageHide(): void {
  for (const entry of pending()) void entry.flush().catch(() => undefined)
}

const listener = (event: BeforeUnloadEvent) => handleBeforeUnload(event, installedOn ?? window)

/** Registers a form; the returned function unregisters it. */
export function registerUnloadEntry(entry: UnloadEntry, win: GuardWindow = window): () => void {
  entries.add(entry)
  if (installedOn === null) {
    installedOn = win
    win.addEventListener('beforeunload', listener)
    win.addEventListener('pagehide', handlePageHide)
  }
  return () => {
    entries.delete(entry)
    if (entries.size === 0 && installedOn !== null) {
      installedOn.removeEventListener('beforeunload', listener)
      installedOn.removeEventListener('pagehide', handlePageHide)
      installedOn = null
    }
  }
}

/** Forgets every entry and flag (tests). */
export function resetUnloadGuardForTests(): void {
  if (installedOn !== null) {
    installedOn.removeEventListener('beforeunload', listener)
    installedOn.removeEventListener('pagehide', handlePageHide)
  }
  installedOn = null
  entries.clear()
  closingAfterFlush = false
  blockedOnce = false
}
