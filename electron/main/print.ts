import type { BrowserWindow } from 'electron'
import type { AppLocation } from './appLocation'

/**
 * Printing (debrief sheets, one-on-one sheets, the progress report) lands here: a hidden window
 * on the print route, `print()` or `printToPDF()` once the page reports `printReady`.
 * Not built yet; `index.ts` already calls this hook so adding it touches only this file.
 */
export type PrintContext = {
  location: AppLocation
  getWindow: () => BrowserWindow | null
}

export function installPrinting(_context: PrintContext): void {
  // Intentionally empty until printing is built.
}
