import path from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import type { CoreHost } from '../core/host/coreHost'
import { startJournalSwitch } from '../core/host/journalSwitch'
import { DATA_DIR_ENV, resolveDataDir } from '../core/paths'
import type { Invoke } from '../../shared/invoke'
import { AppFailure } from '../../shared/result'
import { appLocation } from './appLocation'
import { installAppProtocol, registerAppScheme } from './appProtocol'
import { sendChangeToWindows } from './changes'
import { sendAppCommand } from './commands'
import { registerIpc } from './ipc'
import { installReminderNotifications, type ReminderNotifier } from './reminderNotifications'
import { passphraseStore, rememberingInvoke, unlockWithRemembered } from './rememberedPassphrase'
import { installMenu } from './menu'
import { dataDirFromArgs, installOpenFolder } from './openFolder'
import { installPrinting } from './print'
import { invokeOnceOpen, showUpgrading } from './journalOpening'
import { installSecurity } from './security'
import { createMainWindow, screenWorkAreas } from './window'
import { placeWindow, readWindowState, windowStateFile, writeWindowState } from './windowState'

/**
 * The desktop app's lifecycle: one instance, one core on the journal in `userData` (or
 * COACHBOOK_DATA_DIR) in a thread of its own, one window. Main only creates windows, menus,
 * dialogs and printing, and relays the contract to the core's thread (electron/core/host).
 * Everything else lives in the modules imported above.
 */
app.setName('Coachbook')
// Every renderer sandboxed, whatever a window's options say (each also asks for it itself).
app.enableSandbox()
// Privileged schemes can only be registered before the app is ready.
registerAppScheme()

const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL'])
const location = appLocation({
  outMainDir: import.meta.dirname,
  devServerUrl: isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined,
})

let core: CoreHost | null = null
let closing = false
/** The window may be shown: everything it needs from main is installed (the journal may still be opening). */
let started = false
let journalDir = ''
let mainWindow: BrowserWindow | null = null
let notifier: ReminderNotifier | null = null
const uninstallers: Array<() => void> = []

function dataDir(): string {
  // A folder picked on the recovery screen (a relaunch's --data-dir) first; then the same
  // precedence as the CLI and browser mode, except that the default is Electron's own userData.
  const picked = dataDirFromArgs(process.argv)
  if (picked) return resolveDataDir(picked)
  return process.env[DATA_DIR_ENV]?.trim() ? resolveDataDir() : app.getPath('userData')
}

/** Brings the journal window to the front, opening it (where it was last left) if there is none. */
function showWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    return mainWindow
  }
  const stateFile = windowStateFile(journalDir)
  const window = createMainWindow(location, {
    placement: placeWindow(readWindowState(stateFile), screenWorkAreas()),
    onClose: (state) => writeWindowState(stateFile, state),
    onLoadFailure: (error) => {
      dialog.showErrorBox('Coachbook could not load its window', error instanceof Error ? error.message : String(error))
    },
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
  return window
}

/** Opens the journal in the core's own thread; null (after saying why) when it cannot be opened. */
async function openJournal(directory: string): Promise<CoreHost | null> {
  /** Puts the window back once an upgrade is over (journalOpening.ts). */
  let upgraded: (() => void) | null = null
  try {
    // The real journal, with the demo journal openable beside it (journalSwitch.ts); main relays.
    return await startJournalSwitch({
      workerFile: path.join(import.meta.dirname, 'coreWorker.js'),
      dataDir: directory,
      face: 'electron',
      appVersion: app.getVersion(),
      log: (line) => console.error(line),
      // Every change made elsewhere reaches every other window's page (changes.ts).
      onChange: (change) => sendChangeToWindows(change, BrowserWindow.getAllWindows()),
      onUpgrade: (upgrading) => {
        upgraded?.()
        upgraded = upgrading ? showUpgrading(showWindow()) : null
      },
    })
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'NEWER_SCHEMA') {
      dialog.showErrorBox('This journal needs a newer Coachbook', error.message)
    } else {
      const message = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox('Coachbook could not open the journal', message)
    }
    return null
  }
}

/**
 * The window comes first, so a start is seen at once: the journal opens in its thread meanwhile
 * (checked page by page, upgraded after an update), and the page's calls wait for it
 * (journalOpening.ts).
 */
async function start(): Promise<void> {
  installSecurity(location)
  uninstallers.push(installAppProtocol(location.rendererDir))
  journalDir = dataDir()
  const remembered = passphraseStore(journalDir)
  let opened: (invoke: Invoke) => void = () => undefined
  const invoke = invokeOnceOpen(new Promise<Invoke>((resolve) => (opened = resolve)))
  const getWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)
  uninstallers.push(registerIpc(invoke, location))
  uninstallers.push(installPrinting({ location, getWindow, invoke }))
  uninstallers.push(installOpenFolder({ location, getWindow }))
  installMenu({
    invoke,
    dataDir: journalDir,
    isDev,
    getWindow,
    sendCommand: (command) => sendAppCommand(showWindow(), command),
  })
  started = true
  showWindow()
  core = await openJournal(journalDir)
  if (!core) {
    app.quit()
    return
  }
  // An encrypted journal opens with the passphrase kept in the system keychain, if the person asked.
  await unlockWithRemembered(core.invoke, remembered)
  opened(rememberingInvoke(core.invoke, remembered))
  // A journal that needs recovery opens the window anyway: its recovery screen says what to do.
  const problem = core.recovery()
  if (problem) console.error(`coachbook: ${problem.message}`)
  // New reminders as desktop notifications; a click opens the inbox (reminderNotifications.ts).
  notifier = installReminderNotifications({ invoke, onClick: () => sendAppCommand(showWindow(), 'reminders') })
}

/** Stops relaying, then closes the journal in its thread (which checkpoints it) before the app ends. */
async function shutDown(): Promise<void> {
  // A reminder check on its way ends first: a call after the close would open the journal again.
  await notifier?.uninstall()
  notifier = null
  for (const uninstall of uninstallers.splice(0)) uninstall()
  await core?.close()
  core = null
}

if (!app.requestSingleInstanceLock()) {
  // Another Coachbook already holds the journal; it gets focused through 'second-instance'.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (started) showWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) showWindow()
  })
  app.on('will-quit', (event) => {
    // Quitting waits for the journal to close; the second will-quit (after it has) goes through.
    if (!core || closing) return
    event.preventDefault()
    closing = true
    void shutDown().finally(() => app.quit())
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Coachbook could not start', error instanceof Error ? error.message : String(error))
      app.quit()
    })
}
