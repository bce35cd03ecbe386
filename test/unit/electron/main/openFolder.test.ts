import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { appLocation, pageUrl } from '../../../../electron/main/appLocation'
import { dataDirFromArgs, installOpenFolder, relaunchArgs } from '../../../../electron/main/openFolder'
import { OPEN_FOLDER_IPC_CHANNEL } from '../../../../shared/folderBridge'
import type { Result } from '../../../../shared/result'
import { app, dialog, ipcMain, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

const location = appLocation({ outMainDir: path.resolve('/opt/coachbook/out/main') })
const appFrame = { url: pageUrl(location), parent: null }
type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => Promise<Result<unknown>>

function request(frame: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handle.mock.calls.find(([name]) => name === OPEN_FOLDER_IPC_CHANNEL)?.[1] as Handler | undefined
  if (!handler) throw new Error('the open-folder channel is not registered')
  return handler({ senderFrame: frame } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>)
}

beforeEach(resetElectronMock)

describe('opening another folder from the recovery screen', () => {
  it('asks for a folder, then starts Coachbook again on it', async () => {
    installOpenFolder({ location, getWindow: () => null })
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/dana/Journal'] })
    expect(await request(appFrame)).toEqual({ ok: true, value: { done: 'relaunching', folder: '/home/dana/Journal' } })
    const [options] = app.relaunch.mock.calls[0] as [{ args: string[] }]
    expect(options.args.at(-1)).toBe('--data-dir=/home/dana/Journal')
    expect(app.quit).toHaveBeenCalled()
  })

  it('does nothing when the dialog is cancelled', async () => {
    installOpenFolder({ location, getWindow: () => null })
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await request(appFrame)).toEqual({ ok: true, value: { done: 'cancelled' } })
    expect(app.relaunch).not.toHaveBeenCalled()
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('refuses a request from anything but the app window, without a dialog', async () => {
    installOpenFolder({ location, getWindow: () => null })
    const result = await request({ url: 'https://example.com/', parent: null })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('reads the chosen folder back from the new command line, the last one winning', () => {
    expect(dataDirFromArgs(['/opt/coachbook', '--no-sandbox'])).toBeUndefined()
    expect(relaunchArgs(['--data-dir=/old', '--inspect'], '/new')).toEqual(['--inspect', '--data-dir=/new'])
    expect(dataDirFromArgs(['--data-dir=/old', '--data-dir=/new'])).toBe('/new')
  })
})
