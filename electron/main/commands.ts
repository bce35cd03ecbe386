import type { BrowserWindow } from 'electron'
import { APP_COMMAND_CHANNEL, type AppCommand } from '../../shared/appCommands'

/**
 * Hands a menu command to the journal window's renderer: one IPC event, relayed by the preload as
 * `window.coachbook.shell.onCommand`. A window still loading (just opened from the menu, or
 * reloaded after an import) gets it once its page has loaded, so the command is not lost.
 */
export function sendAppCommand(window: BrowserWindow, command: AppCommand): void {
  const contents = window.webContents
  const deliver = () => {
    if (!window.isDestroyed()) contents.send(APP_COMMAND_CHANNEL, command)
  }
  if (contents.isLoading()) contents.once('did-finish-load', deliver)
  else deliver()
}
