import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../../shared/channels'
import type { MenuItemConstructorOptions } from 'electron'
import { APP_COMMAND_CHANNEL } from '../../../../shared/appCommands'
import { OPEN_FOLDER_IPC_CHANNEL } from '../../../../shared/folderBridge'
import { PRINT_IPC_CHANNEL } from '../../../../shared/printBridge'
import { makeTempDataDir } from '../../../helpers/tempJournal'
import type * as CoreHostModule from '../../../../electron/core/host/coreHost'
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, resetElectronMock, screen, session } from './electronMock'
import { STATE_WAIT } from '../../../helpers/waitBound'
import { journalBeforeMigration } from '../../../helpers/migrationJournal'
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../electron/core/db/migrations'
import { UPGRADING_TITLE } from '../../../../electron/main/journalOpening'

vi.mock('electron', () => import('./electronMock'))

let dataDir: string

/**
 * Main starts the core's thread from the built worker beside its own built entry; run from source,
 * it is pointed at this run's build (test/unit/setup/appBuild.ts) and is otherwise the real host.
 * Registered anew after each module reset, so the host shares its modules (AppFailure) with main.
 */
function useBuiltCoreWorker(): void {
  vi.doMock('../../../../electron/core/host/coreHost', async (importOriginal) => {
    const real = await importOriginal<typeof CoreHostModule>()
    const workerFile = path.join(inject('appBuildDir'), 'main', 'coreWorker.js')
    return { ...real, startCoreHost: (options: Parameters<typeof real.startCoreHost>[0]) => real.startCoreHost({ ...options, workerFile }) }
  })
}

/** Loads electron/main/index.ts afresh (it wires everything at import) and lets whenReady run. */
async function launch(): Promise<void> {
  vi.resetModules()
  useBuiltCoreWorker()
  await import('../../../../electron/main/index')
  await vi.waitFor(() => expect(app.whenReady).toHaveBeenCalled(), STATE_WAIT)
  // The window comes first; opening the journal in its thread takes a moment more (it looks at the
  // file and checks it): the app has started once it listens for the laptop waking to look for
  // reminders (which it does once the journal is open), or asks to quit.
  await vi.waitFor(() => expect(journalOpen() || app.quit.mock.calls.length > 0).toBe(true), STATE_WAIT)
}

function journalOpen(): boolean {
  return (powerMonitor.listeners.get('resume') ?? []).length > 0
}

/** Quits as Electron does: will-quit, which waits for the journal to close, then quits again. */
async function quitCleanly(): Promise<void> {
  const event = { preventDefault: vi.fn() }
  const quits = app.quit.mock.calls.length
  for (const listener of app.listeners.get('will-quit') ?? []) listener(event)
  if (event.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(app.quit.mock.calls.length).toBeGreaterThan(quits), STATE_WAIT)
}

beforeEach(() => {
  resetElectronMock()
  dataDir = makeTempDataDir()
  vi.stubEnv('COACHBOOK_DATA_DIR', dataDir)
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})

afterEach(async () => {
  await quitCleanly()
  vi.unstubAllEnvs()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('the desktop app', () => {
  it('is named Coachbook, opens the journal, registers IPC, hardens the session and shows one window', async () => {
    await launch()
    expect(app.setName).toHaveBeenCalledWith('Coachbook')
    expect(fs.existsSync(path.join(dataDir, 'coachbook.db'))).toBe(true)
    // Every contract channel, plus the preload's two bridges: `printing` and `folders`.
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length + 2)
    expect(ipcMain.handle.mock.calls.map(([name]) => name as string)).toContain(PRINT_IPC_CHANNEL)
    expect(ipcMain.handle.mock.calls.map(([name]) => name as string)).toContain(OPEN_FOLDER_IPC_CHANNEL)
    expect(ipcMain.handle.mock.calls.map(([name]) => name as string)).toContain(`${IPC_PREFIX}reps.create`)
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(BrowserWindow.instances).toHaveLength(1)
    expect(dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it("uses Electron's userData folder when COACHBOOK_DATA_DIR is not set", async () => {
    vi.stubEnv('COACHBOOK_DATA_DIR', '')
    app.getPath.mockImplementation((name: string) => (name === 'userData' ? dataDir : '/nonexistent'))
    await launch()
    expect(app.getPath).toHaveBeenCalledWith('userData')
    expect(fs.existsSync(path.join(dataDir, 'coachbook.db'))).toBe(true)
  })

  it('registers the app:// scheme before the app is ready, and answers it once ready', async () => {
    vi.resetModules()
    app.whenReady.mockImplementationOnce(() => new Promise(() => undefined))
    await import('../../../../electron/main/index')
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    expect(protocol.handle).not.toHaveBeenCalled()
    expect(app.enableSandbox).toHaveBeenCalledTimes(1)

    await launch()
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const [window] = BrowserWindow.instances
    expect(window?.loadURL).toHaveBeenCalledWith('app://coachbook/index.html')
  })

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockImplementation(() => false)
    vi.resetModules()
    await import('../../../../electron/main/index')
    expect(app.quit).toHaveBeenCalled()
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(fs.existsSync(path.join(dataDir, 'coachbook.db'))).toBe(false)
  })

  it('focuses the existing window when a second instance starts, restoring it if minimized', async () => {
    await launch()
    const [window] = BrowserWindow.instances
    if (!window) throw new Error('no window')
    window.isMinimized.mockReturnValue(true)
    app.emit('second-instance')
    expect(BrowserWindow.instances).toHaveLength(1)
    expect(window.restore).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalled()
  })

  it('reopens the window where it was closed, from the data folder', async () => {
    screen.displays.list = [{ id: 1, workArea: { x: 0, y: 0, width: 2560, height: 1400 } }]
    await launch()
    const [first] = BrowserWindow.instances
    if (!first) throw new Error('no window')
    first.getNormalBounds.mockReturnValue({ x: 300, y: 200, width: 1400, height: 900 })
    first.isMaximized.mockReturnValue(true)
    first.emit('close')
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 300, y: 200, width: 1400, height: 900 },
      maximized: true,
    })
    await quitCleanly()

    resetElectronMock()
    screen.displays.list = [{ id: 1, workArea: { x: 0, y: 0, width: 2560, height: 1400 } }]
    await launch()
    const [second] = BrowserWindow.instances
    expect(second?.options).toMatchObject({ x: 300, y: 200, width: 1400, height: 900 })
    second?.emit('ready-to-show')
    expect(second?.maximize).toHaveBeenCalledTimes(1)
  })

  it('hands a menu command to the window’s renderer, reopening the window when there is none', async () => {
    await launch()
    const template = (Menu.buildFromTemplate.mock.calls[0]?.[0] ?? []) as MenuItemConstructorOptions[]
    const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])])
    const newDebrief = flat(template).find((item) => item.id === 'newDebrief')
    newDebrief?.click?.({} as never, undefined, {})
    const [window] = BrowserWindow.instances
    expect(window?.webContents.send).toHaveBeenCalledExactlyOnceWith(APP_COMMAND_CHANNEL, 'newDebrief')

    window?.isDestroyed.mockReturnValue(true)
    newDebrief?.click?.({} as never, undefined, {})
    expect(BrowserWindow.instances).toHaveLength(2)
    expect(BrowserWindow.instances[1]?.webContents.send).toHaveBeenCalledExactlyOnceWith(APP_COMMAND_CHANNEL, 'newDebrief')
  })

  it('explains a journal from a newer Coachbook and quits without touching it', async () => {
    const file = path.join(dataDir, 'coachbook.db')
    const db = new Database(file)
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
    db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('future', '2030-01-01T00:00:00.000Z')
    db.close()
    const before = fs.readFileSync(file)

    await launch()
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, message] = dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toMatch(/newer Coachbook/)
    expect(message).toMatch(/newer version of Coachbook/)
    expect(app.quit).toHaveBeenCalled()
    // The window had opened at once; no call of its page reached the journal, nor will one.
    expect(BrowserWindow.instances).toHaveLength(1)
    expect(journalOpen()).toBe(false)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('shows its window before the journal is open, and says so while an older journal is upgraded', async () => {
    // A journal of the version before the last migration: its first opening upgrades it.
    const last = MIGRATIONS.at(-1)
    if (!last) throw new Error('no migrations')
    const older = journalBeforeMigration(last.name)
    older.db.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.cpSync(older.dir, dataDir, { recursive: true })
    fs.rmSync(older.dir, { recursive: true, force: true })

    await launch()
    const [window] = BrowserWindow.instances
    if (!window) throw new Error('no window')
    // Said while upgrading, and taken back once open: the page's own title, no progress.
    expect(window.setTitle.mock.calls.map(([title]) => title as string)).toEqual([UPGRADING_TITLE, 'Coachbook'])
    expect(window.setProgressBar.mock.calls).toEqual([[2], [-1]])
    const db = new Database(path.join(dataDir, 'coachbook.db'), { readonly: true })
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(SCHEMA_VERSION)
    db.close()
  })

  it('says nothing of an upgrade when the journal is already current', async () => {
    await launch()
    const [window] = BrowserWindow.instances
    expect(window?.setTitle).not.toHaveBeenCalled()
    expect(window?.setProgressBar).not.toHaveBeenCalled()
  })

  it('closes the journal when quitting', async () => {
    await launch()
    await quitCleanly()
    // The contract's channels, printing's and the folder picker's.
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNEL_NAMES.length + 2)
    expect(protocol.unhandle).toHaveBeenCalledWith('app')
    // The journal is closed: a fresh connection can switch it out of WAL, which needs sole access.
    const db = new Database(path.join(dataDir, 'coachbook.db'))
    expect(db.pragma('journal_mode = DELETE', { simple: true })).toBe('delete')
    db.close()
  })
})
