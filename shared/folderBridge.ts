import type { Result } from './result'

/**
 * The desktop app's way to open a journal in another folder, from the recovery screen: main asks
 * for a folder and starts Coachbook again on it. Not a contract operation: only the Electron face
 * can show a folder picker and relaunch (browser mode says which command to run instead). No
 * imports with code: the sandboxed preload bundles this file.
 */
export const OPEN_FOLDER_IPC_CHANNEL = 'coachbook-shell:open-folder'

export type OpenFolderOutcome = { done: 'relaunching'; folder: string } | { done: 'cancelled' }

/** What the preload adds to `window.coachbook` as `folders`. */
export type FolderBridge = {
  openAnother(): Promise<Result<OpenFolderOutcome>>
}
