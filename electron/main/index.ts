import { app, BrowserWindow, dialog } from 'electron'
import { openCore, type Core } from '../core'
import { DATA_DIR_ENV, resolveDataDir } from '../core/paths'
import { AppFailure } from '../../shared/result'
import { appLocation } from './appLocation'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { installPrinting } from './print'
import { installSecurity } from './security'
import { createMainWindow } from './window'

/**
 * The desktop app's lifecycle: one instance, one core on the journal in `userData` (or
 * COACHBOOK_DATA_DIR), one window. Everything else lives in the modules imported above.
 */
app.setName('Coachbook')

const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL'])
const location = appLocation({
  outMainDir: import.meta.dirname,
  devServerUrl: isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined,
})

let core: Core | null = null
let mainWindow: BrowserWindow | null = null
let unregisterIpc: (() => void) | null = null
let uninstallPrinting: (() => void) | null = null

function dataDir(): string {
  // Same precedence as the CLI and browser mode, except that the default is Electron's own userData.
  return process.env[DATA_DIR_ENV]?.trim() ? resolveDataDir() : app.getPath('userData')
}

function showWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    return
  }
  mainWindow = createMainWindow(location, (error) => {
    dialog.showErrorBox('Coachbook could not load its window', error instanceof Error ? error.message : String(error))
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function openJournal(): Core | null {
  try {
    return openCore({ dataDir: dataDir(), face: 'electron', appVersion: app.getVersion() })
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

function start(): void {
  installSecurity(location)
  core = openJournal()
  if (!core) {
    app.quit()
    return
  }
  unregisterIpc = registerIpc(core.invoke, location)
  const getWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)
  const printing = installPrinting({ location, getWindow, invoke: core.invoke })
  uninstallPrinting = () => printing.uninstall()
  installMenu({ invoke: core.invoke, dataDir: core.dataDir, isDev, getWindow, printing })
  showWindow()
}

function shutDown(): void {
  unregisterIpc?.()
  unregisterIpc = null
  uninstallPrinting?.()
  uninstallPrinting = null
  core?.close()
  core = null
}

if (!app.requestSingleInstanceLock()) {
  // Another Coachbook already holds the journal; it gets focused through 'second-instance'.
  app.quit()
} else {
  app.on('second-instance', showWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showWindow()
  })
  app.on('will-quit', shutDown)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Coachbook could not start', error instanceof Error ? error.message : String(error))
      app.quit()
    })
}
