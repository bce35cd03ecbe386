import type { BrowserWindow } from 'electron'
import type { Invoke } from '../../shared/invoke'

/**
 * The window opens at once and the journal opens beside it (docs/architecture.md, "The desktop
 * app's start"). Until it is open, the page's calls wait here for it instead of finding no one
 * to answer them; once it is, they go straight through. If it cannot be opened, main says why
 * and quits, and the calls that waited are never answered.
 */
export function invokeOnceOpen(opened: Promise<Invoke>): Invoke {
  return async (channel, input, origin) => (await opened)(channel, input, origin)
}

export const UPGRADING_TITLE = 'Upgrading the journal, this can take a minute · Coachbook'

/**
 * While the journal is upgraded (its first opening after an update: tens of seconds at ten years
 * of calls), the window says so in its title and the taskbar or dock shows it busy; the page
 * itself shows its screens loading meanwhile. Answers what puts the window back as it was: the
 * page's own title, no progress.
 */
export function showUpgrading(window: BrowserWindow): () => void {
  if (window.isDestroyed()) return () => undefined
  // The page names its screen in the title as it loads; the upgrade's words stay until it is over.
  const keepTitle = (event: { preventDefault(): void }) => event.preventDefault()
  window.on('page-title-updated', keepTitle)
  window.setTitle(UPGRADING_TITLE)
  // Above 1: an indeterminate bar (Windows, Linux); the dock shows it as busy on macOS.
  window.setProgressBar(2)
  return () => {
    if (window.isDestroyed()) return
    window.removeListener('page-title-updated', keepTitle)
    window.setTitle(window.webContents.getTitle() || 'Coachbook')
    window.setProgressBar(-1)
  }
}
