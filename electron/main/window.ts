import { BrowserWindow, screen } from 'electron'
import { pageUrl, type AppLocation } from './appLocation'
import { askBeforeLeavingUnsaved } from './unloadPrompt'
import { MIN_SIZE, type Rectangle, type WindowPlacement, type WindowState } from './windowState'

export type MainWindowOptions = {
  /** Where and how large to open (windowState.ts's `placeWindow`). */
  placement: WindowPlacement
  /** Called with the window's state as it closes, to remember it for the next launch. */
  onClose?: (state: WindowState) => void
  onLoadFailure: (error: unknown) => void
}

/**
 * The journal window. The options are written out in full at the `new BrowserWindow(…)` call,
 * security preferences included where they are Electron's defaults, so a reader and the static
 * audit (scripts/security-audit.mjs) see exactly what the window gets. The print window
 * (printPage.ts) repeats the same webPreferences; a unit test holds the two equal.
 */
export function createMainWindow(location: AppLocation, options: MainWindowOptions): BrowserWindow {
  const { placement } = options
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Coachbook',
    show: false,
    webPreferences: {
      preload: location.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  })
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    // Normal bounds: a maximized window reopens maximized over the size it had before.
    options.onClose?.({ bounds: window.getNormalBounds(), maximized: window.isMaximized() })
  })
  askBeforeLeavingUnsaved(window)
  window.loadURL(pageUrl(location)).catch(options.onLoadFailure)
  return window
}

/** The screens' work areas, the primary first (what `placeWindow` falls back to). */
export function screenWorkAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea)
}
