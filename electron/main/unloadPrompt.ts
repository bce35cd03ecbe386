import { dialog, type BrowserWindow } from 'electron'

/**
 * The renderer's autosave holds the page open (`beforeunload`) while words are still on their
 * way to the journal. A browser asks the person; Electron would silently refuse to close, so the
 * window seems stuck. Ask here instead, in the app's words, and let the person decide.
 */
export function askBeforeLeavingUnsaved(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Stay', 'Leave anyway'],
      defaultId: 0,
      cancelId: 0,
      title: 'Still saving',
      message: 'Some of your latest words are not saved yet.',
      detail: 'Stay a moment and Coachbook will finish saving them. If you leave now, they may be lost.',
    })
    // preventDefault() on this event overrides the page's objection and lets the window go.
    if (choice === 1) event.preventDefault()
  })
}
