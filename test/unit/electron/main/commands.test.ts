import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sendAppCommand } from '../../../../electron/main/commands'
import { APP_COMMAND_CHANNEL } from '../../../../shared/appCommands'
import { BrowserWindow, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

beforeEach(resetElectronMock)

describe('sendAppCommand', () => {
  it('sends the command on the one shell channel to a loaded page', () => {
    const window = new BrowserWindow({})
    sendAppCommand(window as never, 'newDebrief')
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(APP_COMMAND_CHANNEL, 'newDebrief')
  })

  it('waits for a page still loading (a window the menu just opened)', () => {
    const window = new BrowserWindow({})
    window.webContents.isLoading.mockReturnValue(true)
    sendAppCommand(window as never, 'print')
    expect(window.webContents.send).not.toHaveBeenCalled()
    window.webContents.emit('did-finish-load')
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(APP_COMMAND_CHANNEL, 'print')
  })

  it('drops the command when the window is gone by then', () => {
    const window = new BrowserWindow({})
    window.webContents.isLoading.mockReturnValue(true)
    sendAppCommand(window as never, 'settings')
    window.isDestroyed.mockReturnValue(true)
    window.webContents.emit('did-finish-load')
    expect(window.webContents.send).not.toHaveBeenCalled()
  })
})
