import { BrowserWindow, type WebContents } from 'electron'
import { AppFailure } from '../../shared/result'
import { pageUrl, type AppLocation } from './appLocation'

/**
 * A print view in a hidden window: the same sandboxed, isolated webPreferences as the journal
 * window (written out here too, so the static audit sees them; a unit test holds the two equal),
 * hardened by security.ts like every other web contents, loaded on a print route, and waited on
 * until the page says `data-print-ready`.
 */
export const PRINT_READY_TIMEOUT_MS = 30_000
const POLL_MS = 100

export async function openPrintPage(location: AppLocation, route: string): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    // Wide enough for the widest paper column (Letter, 188 mm); the page lays itself out in mm.
    width: 1000,
    height: 1200,
    show: false,
    title: 'Coachbook print',
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
      spellcheck: false,
    },
  })
  try {
    await window.loadURL(pageUrl(location, route))
    await waitForPrintReady(window.webContents)
    return window
  } catch (error) {
    window.destroy()
    throw error
  }
}

type Readiness = { ready: string | null; error: string | null; locked?: boolean }

/** Said when the journal locks between asking to print and the page being made. */
export const PRINT_LOCKED_MESSAGE = 'The journal is locked: unlock it, then print again.'

/**
 * Polls the page (the renderer may not call main for this: its only door is the contract). A
 * view that cannot be made marks itself `error` with its message on screen, which is reported.
 * A page that shows the lock screen instead (`data-app-state="locked"`: the journal locked
 * meanwhile) will never be ready: that is said at once, as LOCKED, instead of waiting it out.
 */
export async function waitForPrintReady(
  contents: Pick<WebContents, 'executeJavaScript'>,
  timeoutMs = PRINT_READY_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = (await contents.executeJavaScript(
      `({ ready: document.documentElement.dataset.printReady ?? null,
          error: document.querySelector('[data-print-error]')?.textContent ?? null,
          locked: document.documentElement.dataset.appState === 'locked' })`,
    )) as Readiness
    if (state.ready === 'true') return
    if (state.locked) throw new AppFailure('LOCKED', PRINT_LOCKED_MESSAGE)
    if (state.ready === 'error') throw new Error(state.error?.trim() || 'The print view could not be made')
    if (Date.now() >= deadline) throw new Error('The print view did not finish rendering in time')
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
