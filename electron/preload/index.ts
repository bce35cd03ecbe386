import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../../shared/api'
import { APP_COMMAND_CHANNEL, isAppCommand, type ShellBridge } from '../../shared/appCommands'
import { CHANNEL_NAMES, IPC_PREFIX } from '../../shared/channels'
import { EVENTS_IPC_CHANNEL, readJournalChange, type EventsBridge, type JournalChange } from '../../shared/journalEvents'
import { OPEN_FOLDER_IPC_CHANNEL, type FolderBridge } from '../../shared/folderBridge'
import { PRINT_IPC_CHANNEL, type PrintBridge, type PrintRequest } from '../../shared/printBridge'

/**
 * The renderer's only door to the main process: `window.coachbook`, one method per contract
 * channel, plus `printing` (ask main to print), `shell` (hear the menu's commands), `events`
 * (hear of changes made to the journal elsewhere) and `folders` (open another journal folder from
 * the recovery screen), and nothing else (no raw ipcRenderer, no event objects). This runs
 * sandboxed as CommonJS, so it imports only `electron` and dependency-free shared modules; main
 * validates everything.
 */
type Invoke = (input?: unknown) => Promise<unknown>

function buildApi(): Api {
  const api: Record<string, Record<string, Invoke>> = {}
  for (const channel of CHANNEL_NAMES) {
    const [namespace, method] = channel.split('.') as [string, string]
    const methods = (api[namespace] ??= {})
    // The renderer passes only the input; it can never choose the channel.
    methods[method] = (input?: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, input)
  }
  // CHANNEL_NAMES is checked against the contract at compile time, so this has the shape of Api.
  return api as unknown as Api
}

/** Print or save a print route as PDF; main checks the sender and the route (electron/main/print.ts). */
const printing: PrintBridge = {
  request: (request: PrintRequest) => ipcRenderer.invoke(PRINT_IPC_CHANNEL, { action: request.action, route: request.route }) as ReturnType<PrintBridge['request']>,
}

/** Open a journal in another folder (the recovery screen): main asks for it and relaunches. */
const folders: FolderBridge = {
  openAnother: () => ipcRenderer.invoke(OPEN_FOLDER_IPC_CHANNEL) as ReturnType<FolderBridge['openAnother']>,
}

/** The menu's commands (electron/main/commands.ts): only the command's name reaches the page. */
const shell: ShellBridge = {
  onCommand(listener) {
    const relay = (_event: unknown, command: unknown) => {
      if (isAppCommand(command)) listener(command)
    }
    ipcRenderer.on(APP_COMMAND_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(APP_COMMAND_CHANNEL, relay)
    }
  },
}

/**
 * Changes made elsewhere (another window, the CLI), from main's one events channel
 * (shared/journalEvents.ts). The page gets the change alone, read as a change, never IPC's event object.
 */
const events: EventsBridge = {
  subscribe: (listener: (change: JournalChange) => void) => {
    const relay = (_event: unknown, message: unknown) => {
      const change = readJournalChange(message)
      if (change) listener(change)
    }
    ipcRenderer.on(EVENTS_IPC_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(EVENTS_IPC_CHANNEL, relay)
    }
  },
}

contextBridge.exposeInMainWorld('coachbook', { ...buildApi(), printing, shell, events, folders })
