import type { Api } from '../../shared/api'
import type { AppCommand, ShellBridge } from '../../shared/appCommands'
import type { EventsBridge } from '../../shared/journalEvents'
import type { FolderBridge } from '../../shared/folderBridge'
import type { PrintBridge } from '../../shared/printBridge'

/**
 * The one module that knows what the renderer runs on: the desktop app, where the preload put
 * `window.coachbook` (electron/preload/index.ts), or a browser tab served by browser mode. The
 * API client, printing, the unload guard, the menu's commands and the journal's change events
 * (api/live/journalChanges.ts) all ask here; nothing else in
 * the renderer reads `window.coachbook` (a lint rule in eslint.config.js holds that).
 */
export type Platform =
  | {
      kind: 'desktop'
      /** The contract's operations over IPC. */
      api: Api
      /** Main prints or saves a print route as PDF; absent from a preload older than the page. */
      printing: PrintBridge | null
      /** The native menu's commands; absent from a preload older than the page. */
      shell: ShellBridge | null
      /** Changes made to the journal in other windows or programs; absent from an older preload. */
      events: EventsBridge | null
      /** Opens another journal folder (the recovery screen); absent from a preload older than the page. */
      folders: FolderBridge | null
    }
  | { kind: 'browser' }

/** Anything shaped like a window, so tests can hand in their own. */
export type PlatformWindow = { coachbook?: unknown }

export function detectPlatform(win: PlatformWindow): Platform {
  const bridge = win.coachbook
  if (typeof bridge !== 'object' || bridge === null) return { kind: 'browser' }
  const { printing, shell, events, folders } = bridge as {
    printing?: Partial<PrintBridge>
    shell?: Partial<ShellBridge>
    events?: Partial<EventsBridge>
    folders?: Partial<FolderBridge>
  }
  return {
    kind: 'desktop',
    api: bridge as Api,
    printing: typeof printing?.request === 'function' ? (printing as PrintBridge) : null,
    shell: typeof shell?.onCommand === 'function' ? (shell as ShellBridge) : null,
    events: typeof events?.subscribe === 'function' ? (events as EventsBridge) : null,
    folders: typeof folders?.openAnother === 'function' ? (folders as FolderBridge) : null,
  }
}

/** The platform of this page (a few property checks: cheap enough to ask each time). */
export function currentPlatform(): Platform {
  return detectPlatform(window as PlatformWindow)
}

/** Listens to the desktop menu's commands; in a browser there is no menu, so nothing ever comes. */
export function onAppCommand(listener: (command: AppCommand) => void, platform: Platform = currentPlatform()): () => void {
  if (platform.kind !== 'desktop' || !platform.shell) return () => undefined
  return platform.shell.onCommand(listener)
}

/** The desktop app's folder picker; a browser tab has none (the server decides the folder). */
export function folderPicker(platform: Platform = currentPlatform()): FolderBridge | undefined {
  return platform.kind === 'desktop' ? (platform.folders ?? undefined) : undefined
}
