import type { BrowserWindow } from 'electron'
import { EVENTS_IPC_CHANNEL, type JournalChange } from '../../shared/journalEvents'

/**
 * The desktop side of "open windows learn of changes made elsewhere" (shared/journalEvents.ts):
 * the core host's announcements go to every window's page, except the window that made the
 * change, over the one channel the preload listens on (`window.coachbook.events`).
 */
export function windowOrigin(contents: { id: number }): string {
  return `window-${contents.id}`
}

export function sendChangeToWindows(change: JournalChange, windows: readonly BrowserWindow[]): void {
  const { origin, ...shown } = change
  for (const window of windows) {
    if (window.isDestroyed()) continue
    const contents = window.webContents
    if (origin !== undefined && origin === windowOrigin(contents)) continue
    contents.send(EVENTS_IPC_CHANNEL, shown)
  }
}
