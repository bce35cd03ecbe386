import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appLocation } from '../../../../../electron/main/appLocation'
import { installPrinting, pdfFileName, runPrintJob, type PrintContext } from '../../../../../electron/main/print'
import { PRINT_LOCKED_MESSAGE, waitForPrintReady } from '../../../../../electron/main/printPage'
import { PRINT_IPC_CHANNEL } from '../../../../../shared/printBridge'
import type { Result } from '../../../../../shared/result'
import { invoke, openTempCore, type TempCore } from '../../../../helpers/tempJournal'
import { BrowserWindow, dialog, ipcMain, resetElectronMock, shell } from '../electronMock'
import { STATE_WAIT } from '../../../../helpers/waitBound'

vi.mock('electron', () => import('../electronMock'))

const location = appLocation({ outMainDir: path.resolve('/opt/coachbook/out/main') })
const appUrl = 'app://coachbook/index.html'

let temp: TempCore
let mainWindow: BrowserWindow

function context(): PrintContext {
  return { location, invoke: temp.core.invoke, getWindow: () => mainWindow as never }
}

/** The hidden print window: every window after the journal window. */
function printWindow(): BrowserWindow {
  const window = BrowserWindow.instances[1]
  if (!window) throw new Error('no print window was opened')
  return window
}

/** Sets up each window as it is created: the job runs start to end without yielding to the test. */
function onNewWindows(configure: (window: BrowserWindow) => void): void {
  const list = BrowserWindow.instances
  const push = list.push.bind(list)
  list.push = (...windows: BrowserWindow[]) => {
    windows.forEach(configure)
    return push(...windows)
  }
}

beforeEach(() => {
  resetElectronMock()
  temp = openTempCore({ face: 'electron' })
  mainWindow = new BrowserWindow({})
})
afterEach(() => temp.cleanup())

describe('the hidden print window', () => {
  it('stays hidden and loads the print route from the app protocol', async () => {
    await runPrintJob(context(), { action: 'print', route: '/print/rep/r1' })
    expect(printWindow().options['show']).toBe(false)
    expect(printWindow().loadURL).toHaveBeenCalledExactlyOnceWith('app://coachbook/index.html#/print/rep/r1')
    expect(printWindow().loadFile).not.toHaveBeenCalled()
  })

  it('waits until the page is print-ready, and reports a view that failed', async () => {
    const states = [{ ready: null, error: null }, { ready: 'true', error: null }]
    const contents = { executeJavaScript: vi.fn(() => Promise.resolve(states.shift())) }
    await waitForPrintReady(contents, 5_000)
    expect(contents.executeJavaScript).toHaveBeenCalledTimes(2)

    const failing = { executeJavaScript: vi.fn(() => Promise.resolve({ ready: 'error', error: ' No call with id "x" ' })) }
    await expect(waitForPrintReady(failing as never, 5_000)).rejects.toThrow('No call with id "x"')
    const never = { executeJavaScript: vi.fn(() => Promise.resolve({ ready: null, error: null })) }
    await expect(waitForPrintReady(never as never, 0)).rejects.toThrow(/in time/)
  })
})

describe('runPrintJob', () => {
  it('prints the route through the system dialog on the paper from Settings, then closes the window', async () => {
    await invoke(temp.core, 'settings.update', { paperSize: 'a4' })
    const result = await runPrintJob(context(), { action: 'print', route: '/print/debrief/c1?autoprint=1' })
    expect(result).toEqual({ ok: true, value: { done: 'printed' } })
    const window = printWindow()
    // The route is loaded as parsed and rewritten: extra parameters such as autoprint are dropped.
    expect(window.loadURL).toHaveBeenCalledWith(`${appUrl}#/print/debrief/c1`)
    expect(window.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false, pageSize: 'A4' }), expect.any(Function))
    expect(window.destroy).toHaveBeenCalled()
  })

  it('answers cancelled when the print dialog is closed', async () => {
    onNewWindows((window) => window.webContents.print.mockImplementation((_options, callback) => callback(false, 'cancelled')))
    expect(await runPrintJob(context(), { action: 'print', route: '/print/rep/r1' })).toEqual({ ok: true, value: { done: 'cancelled' } })
  })

  it('saves a PDF where the user picks, named after the view, and offers to open it', async () => {
    const target = path.join(temp.dataDir, 'sheet.pdf')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    onNewWindows((window) =>
      window.webContents.getTitle.mockReturnValue('Progress report — Whole team — 2026-01-01 to 2026-03-31 · Coachbook'),
    )
    const result = await runPrintJob(context(), { action: 'pdf', route: '/print/report?from=2026-01-01&to=2026-03-31' })
    expect(result).toEqual({ ok: true, value: { done: 'saved', path: target } })
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake')
    const saveOptions = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string }
    expect(path.basename(saveOptions.defaultPath)).toBe('Progress report — Whole team — 2026-01-01 to 2026-03-31.pdf')
    expect(printWindow().webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ preferCSSPageSize: true, pageSize: 'Letter' }))
    await vi.waitFor(() => expect(shell.openPath).toHaveBeenCalledWith(target), STATE_WAIT)
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const result = await runPrintJob(context(), { action: 'pdf', route: '/print/debrief/c1' })
    expect(result).toEqual({ ok: true, value: { done: 'cancelled' } })
    expect(printWindow().webContents.printToPDF).not.toHaveBeenCalled()
    expect(printWindow().destroy).toHaveBeenCalled()
  })

  it('refuses a route that is not a print view without opening any window', async () => {
    for (const route of ['/calls/c1', 'https://example.com/', '/print/report?from=2026-03-01&to=2026-01-01']) {
      const result = await runPrintJob(context(), { action: 'print', route })
      expect(result.ok ? null : result.error.code, route).toBe('INVALID_INPUT')
    }
    expect(BrowserWindow.instances).toHaveLength(1)
  })

  it('reports a print view that could not be made', async () => {
    onNewWindows((window) =>
      window.webContents.executeJavaScript.mockResolvedValue({ ready: 'error', error: 'No call with id "missing"' }),
    )
    const result = await runPrintJob(context(), { action: 'print', route: '/print/debrief/missing' })
    expect(result.ok ? null : result.error).toEqual({ code: 'IO_FAILURE', message: 'No call with id "missing"' })
    expect(printWindow().webContents.print).not.toHaveBeenCalled()
    expect(printWindow().destroy).toHaveBeenCalled()
  })

  it('refuses at once, as LOCKED, when the journal is locked: before the page is made or while it is', async () => {
    // Locked before: the core answers LOCKED to the paper size, and no window is opened.
    const locked: PrintContext = { ...context(), invoke: () => Promise.resolve({ ok: false, error: { code: 'LOCKED', message: 'The journal is locked. Unlock it with its passphrase.' } }) }
    expect(await runPrintJob(locked, { action: 'print', route: '/print/rep/r1' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(BrowserWindow.instances).toHaveLength(1)
    // Locked while the page is made: the hidden page shows the lock screen, which is said at once
    // (the wait's bound is long: were the lock not seen, this test would hit its own bound).
    onNewWindows((window) => window.webContents.executeJavaScript.mockResolvedValue({ ready: null, error: null, locked: true }))
    const result = await runPrintJob(context(), { action: 'pdf', route: '/print/debrief/c1' })
    expect(result).toEqual({ ok: false, error: { code: 'LOCKED', message: PRINT_LOCKED_MESSAGE } })
    expect(printWindow().webContents.printToPDF).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(printWindow().destroy).toHaveBeenCalled()
  })
})

describe('the print IPC channel', () => {
  function handler(): (event: unknown, request: unknown) => Promise<Result<unknown>> | Result<unknown> {
    const call = ipcMain.handle.mock.calls.find(([name]) => name === PRINT_IPC_CHANNEL)
    if (!call) throw new Error('the print channel is not registered')
    return call[1] as never
  }

  it('answers only the app’s own top frame', async () => {
    installPrinting(context())
    const foreign = await handler()({ senderFrame: { url: 'https://example.com/', parent: null } }, { action: 'print', route: '/print/rep/r1' })
    expect(foreign).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    const iframe = await handler()({ senderFrame: { url: appUrl, parent: { url: appUrl, parent: null } } }, { action: 'print', route: '/print/rep/r1' })
    expect(iframe).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(BrowserWindow.instances).toHaveLength(1)

    const own = await handler()({ senderFrame: { url: `${appUrl}#/reps/r1`, parent: null } }, { action: 'print', route: '/print/rep/r1' })
    expect(own).toEqual({ ok: true, value: { done: 'printed' } })
  })

  it('refuses the renderer file opened over file://, and is removed again', async () => {
    const uninstall = installPrinting(context())
    const fileFrame = { senderFrame: { url: `file://${path.join(location.rendererDir, 'index.html')}`, parent: null } }
    expect(await handler()(fileFrame, { action: 'print', route: '/print/rep/r1' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    uninstall()
    expect(ipcMain.removeHandler).toHaveBeenCalledExactlyOnceWith(PRINT_IPC_CHANNEL)
  })

  it('refuses a malformed request', async () => {
    installPrinting(context())
    const frame = { senderFrame: { url: appUrl, parent: null } }
    for (const request of [null, 'print', { action: 'fax', route: '/print/rep/r1' }, { action: 'print', route: 42 }]) {
      expect(await handler()(frame, request)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })
})

describe('pdfFileName', () => {
  it('keeps the view’s title, without the app suffix or characters a file system refuses', () => {
    expect(pdfFileName('Debrief sheet — Dana — Acme/Corp: "Q4" — 2026-11-02 · Coachbook')).toBe(
      'Debrief sheet — Dana — Acme Corp Q4 — 2026-11-02.pdf',
    )
    expect(pdfFileName('  ')).toBe('Coachbook.pdf')
  })
})
