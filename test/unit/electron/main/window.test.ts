import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { appLocation } from '../../../../electron/main/appLocation'
import { openPrintPage } from '../../../../electron/main/printPage'
import { createMainWindow, screenWorkAreas, type MainWindowOptions } from '../../../../electron/main/window'
import { BrowserWindow, dialog, resetElectronMock, screen } from './electronMock'
import { STATE_WAIT } from '../../../helpers/waitBound'

vi.mock('electron', () => import('./electronMock'))

const outMainDir = path.resolve('/opt/coachbook/out/main')
const location = appLocation({ outMainDir })

beforeEach(resetElectronMock)

function options(overrides: Partial<MainWindowOptions> = {}): MainWindowOptions {
  return { placement: { width: 1280, height: 860, maximized: false }, onLoadFailure: vi.fn(), ...overrides }
}

function onlyWindow(): BrowserWindow {
  expect(BrowserWindow.instances).toHaveLength(1)
  const window = BrowserWindow.instances[0]
  if (!window) throw new Error('no window')
  return window
}

const SECURE_PREFERENCES = {
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
}

describe('the main window', () => {
  it('is isolated, sandboxed and without Node, with the CommonJS preload', () => {
    createMainWindow(location, options())
    const prefs = onlyWindow().options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject(SECURE_PREFERENCES)
    expect(prefs['preload']).toBe(path.resolve('/opt/coachbook/out/preload/index.cjs'))
    expect(String(prefs['preload'])).toMatch(/\.cjs$/)
  })

  it('shares every security preference with the hidden print window (which only drops the spell checker)', async () => {
    createMainWindow(location, options())
    await openPrintPage(location, '/print/debrief/c1')
    const [main, print] = BrowserWindow.instances.map((window) => ({ ...(window.options['webPreferences'] as Record<string, unknown>) }))
    expect(print).toMatchObject(SECURE_PREFERENCES)
    expect({ ...print, spellcheck: undefined }).toEqual({ ...main, spellcheck: undefined })
    expect(main?.['spellcheck']).toBe(true)
    expect(print?.['spellcheck']).toBe(false)
  })

  it('loads the built renderer from the app protocol, never from a file', () => {
    createMainWindow(location, options())
    const window = onlyWindow()
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://coachbook/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('loads the dev server in development', () => {
    createMainWindow(appLocation({ outMainDir, devServerUrl: 'http://localhost:5173' }), options())
    const window = onlyWindow()
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('reports a page that fails to load', async () => {
    const onLoadFailure = vi.fn()
    const error = new Error('ERR_FILE_NOT_FOUND')
    BrowserWindow.loadFailure = error
    createMainWindow(location, options({ onLoadFailure }))
    await vi.waitFor(() => expect(onLoadFailure).toHaveBeenCalledExactlyOnceWith(error), STATE_WAIT)
  })

  it('shows itself once ready', () => {
    createMainWindow(location, options())
    const window = onlyWindow()
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.maximize).not.toHaveBeenCalled()
  })
})

describe('where the window opens', () => {
  it('takes the placement it is given, and maximizes before showing when it was maximized', () => {
    createMainWindow(location, options({ placement: { x: 40, y: 50, width: 1000, height: 700, maximized: true } }))
    const window = onlyWindow()
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700, minWidth: 900, minHeight: 600 })
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalledTimes(1)
    expect(window.maximize.mock.invocationCallOrder[0]).toBeLessThan(window.show.mock.invocationCallOrder[0]!)
  })

  it('hands its normal bounds and maximized state over as it closes', () => {
    const onClose = vi.fn()
    createMainWindow(location, options({ onClose }))
    const window = onlyWindow()
    window.getNormalBounds.mockReturnValue({ x: 5, y: 6, width: 1100, height: 750 })
    window.isMaximized.mockReturnValue(true)
    window.emit('close')
    expect(onClose).toHaveBeenCalledExactlyOnceWith({ bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: true })
  })

  it('lists the screens’ work areas with the primary first', () => {
    screen.displays.list = [
      { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } },
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } },
    ]
    screen.getPrimaryDisplay.mockReturnValueOnce(screen.displays.list[1]!)
    expect(screenWorkAreas()).toEqual([
      { x: 0, y: 0, width: 1920, height: 1050 },
      { x: 1920, y: 0, width: 1280, height: 1000 },
    ])
  })
})

describe('closing while autosave is still saving', () => {
  const unloadEvent = () => ({ preventDefault: vi.fn() })

  it('asks, and stays when the person chooses to stay', () => {
    createMainWindow(location, options())
    const window = onlyWindow()
    dialog.showMessageBoxSync.mockImplementation(() => 0)
    const event = unloadEvent()
    window.webContents.emit('will-prevent-unload', event)
    expect(dialog.showMessageBoxSync).toHaveBeenCalledOnce()
    expect(dialog.showMessageBoxSync.mock.calls[0]?.[0]).toBe(window)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('lets the window go when the person chooses to leave', () => {
    createMainWindow(location, options())
    dialog.showMessageBoxSync.mockImplementation(() => 1)
    const event = unloadEvent()
    onlyWindow().webContents.emit('will-prevent-unload', event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })
})
