import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { appLocation } from '../../../../electron/main/appLocation'
import { createMainWindow } from '../../../../electron/main/window'
import { BrowserWindow, dialog, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

const outMainDir = path.resolve('/opt/coachbook/out/main')

beforeEach(resetElectronMock)

function onlyWindow(): BrowserWindow {
  expect(BrowserWindow.instances).toHaveLength(1)
  const window = BrowserWindow.instances[0]
  if (!window) throw new Error('no window')
  return window
}

describe('the main window', () => {
  it('is isolated, sandboxed and without Node, with the CommonJS preload', () => {
    createMainWindow(appLocation({ outMainDir }), vi.fn())
    const prefs = onlyWindow().options['webPreferences'] as Record<string, unknown>
    expect(prefs['contextIsolation']).toBe(true)
    expect(prefs['sandbox']).toBe(true)
    expect(prefs['nodeIntegration']).toBe(false)
    expect(prefs['nodeIntegrationInSubFrames']).toBe(false)
    expect(prefs['webSecurity']).toBe(true)
    expect(prefs['webviewTag']).toBe(false)
    expect(prefs['allowRunningInsecureContent']).toBe(false)
    expect(prefs['preload']).toBe(path.resolve('/opt/coachbook/out/preload/index.cjs'))
    expect(String(prefs['preload'])).toMatch(/\.cjs$/)
  })

  it('loads the built renderer from its file', () => {
    createMainWindow(appLocation({ outMainDir }), vi.fn())
    const window = onlyWindow()
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(path.resolve('/opt/coachbook/out/renderer/index.html'))
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('loads the dev server in development', () => {
    createMainWindow(appLocation({ outMainDir, devServerUrl: 'http://localhost:5173' }), vi.fn())
    const window = onlyWindow()
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('reports a page that fails to load', async () => {
    const onFailure = vi.fn()
    const error = new Error('ERR_FILE_NOT_FOUND')
    BrowserWindow.loadFailure = error
    createMainWindow(appLocation({ outMainDir }), onFailure)
    await vi.waitFor(() => expect(onFailure).toHaveBeenCalledExactlyOnceWith(error))
  })

  it('shows itself once ready', () => {
    createMainWindow(appLocation({ outMainDir }), vi.fn())
    const window = onlyWindow()
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
  })
})

describe('closing while autosave is still saving', () => {
  const unloadEvent = () => ({ preventDefault: vi.fn() })

  it('asks, and stays when the person chooses to stay', () => {
    createMainWindow(appLocation({ outMainDir }), vi.fn())
    const window = onlyWindow()
    dialog.showMessageBoxSync.mockImplementation(() => 0)
    const event = unloadEvent()
    window.webContents.emit('will-prevent-unload', event)
    expect(dialog.showMessageBoxSync).toHaveBeenCalledOnce()
    expect(dialog.showMessageBoxSync.mock.calls[0]?.[0]).toBe(window)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('lets the window go when the person chooses to leave', () => {
    createMainWindow(appLocation({ outMainDir }), vi.fn())
    dialog.showMessageBoxSync.mockImplementation(() => 1)
    const event = unloadEvent()
    onlyWindow().webContents.emit('will-prevent-unload', event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })
})
