import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow as ElectronWindow } from 'electron'
import { sendChangeToWindows, windowOrigin } from '../../../../electron/main/changes'
import { EVENTS_IPC_CHANNEL } from '../../../../shared/journalEvents'
import { BrowserWindow } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

describe('sendChangeToWindows', () => {
  it('tells every window but the one that made the change, without saying who made it', () => {
    const [a, b, c] = [new BrowserWindow({}), new BrowserWindow({}), new BrowserWindow({})]
    c.isDestroyed.mockReturnValue(true)
    const windows = [a, b, c] as unknown as ElectronWindow[]
    sendChangeToWindows({ type: 'changed', scope: 'journal', channel: 'debriefs.save', origin: windowOrigin(a.webContents) }, windows)
    expect(a.webContents.send).not.toHaveBeenCalled()
    expect(b.webContents.send).toHaveBeenCalledExactlyOnceWith(EVENTS_IPC_CHANNEL, { type: 'changed', scope: 'journal', channel: 'debriefs.save' })
    expect(c.webContents.send).not.toHaveBeenCalled()
  })

  it('tells every window of a change another program made', () => {
    const [a, b] = [new BrowserWindow({}), new BrowserWindow({})]
    sendChangeToWindows({ type: 'changed', scope: 'everything' }, [a, b] as unknown as ElectronWindow[])
    expect(a.webContents.send).toHaveBeenCalledOnce()
    expect(b.webContents.send).toHaveBeenCalledOnce()
  })
})
