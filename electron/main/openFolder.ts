import { app, dialog, ipcMain, type BrowserWindow, type OpenDialogOptions } from 'electron'
import { OPEN_FOLDER_IPC_CHANNEL, type OpenFolderOutcome } from '../../shared/folderBridge'
import { fail, ok, type Result } from '../../shared/result'
import type { AppLocation } from './appLocation'
import { isTrustedSender } from './ipc'

/**
 * "Open another folder" on the recovery screen: the user picks a folder, and Coachbook starts
 * again on it (`--data-dir=<folder>` on the new instance's command line). The choice lasts for
 * that run; the usual folder is untouched.
 */
export const DATA_DIR_ARG = '--data-dir='

/** The folder a relaunch named, if any: it wins over COACHBOOK_DATA_DIR and userData. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  const arg = [...argv].reverse().find((value) => value.startsWith(DATA_DIR_ARG))
  const folder = arg?.slice(DATA_DIR_ARG.length).trim()
  return folder ? folder : undefined
}

/** This instance's arguments, with the folder replaced. */
export function relaunchArgs(argv: readonly string[], folder: string): string[] {
  return [...argv.filter((value) => !value.startsWith(DATA_DIR_ARG)), `${DATA_DIR_ARG}${folder}`]
}

const PICK_FOLDER: OpenDialogOptions = {
  title: 'Open a journal folder',
  buttonLabel: 'Open',
  properties: ['openDirectory', 'createDirectory'],
}

export function installOpenFolder(context: { location: AppLocation; getWindow: () => BrowserWindow | null }): () => void {
  ipcMain.handle(OPEN_FOLDER_IPC_CHANNEL, async (event): Promise<Result<OpenFolderOutcome>> => {
    if (!isTrustedSender(event.senderFrame, context.location)) {
      return fail('UNAUTHORIZED', 'This request did not come from the Coachbook window')
    }
    const window = context.getWindow()
    const picked = window ? await dialog.showOpenDialog(window, PICK_FOLDER) : await dialog.showOpenDialog(PICK_FOLDER)
    const folder = picked.filePaths[0]
    if (picked.canceled || !folder) return ok({ done: 'cancelled' })
    app.relaunch({ args: relaunchArgs(process.argv.slice(1), folder) })
    app.quit()
    return ok({ done: 'relaunching', folder })
  })
  return () => ipcMain.removeHandler(OPEN_FOLDER_IPC_CHANNEL)
}
