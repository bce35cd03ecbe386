/**
 * What the app can be told to do from outside its page: the desktop menu sends one of these to
 * the renderer, which runs it through the same command layer as the palette and the shortcuts
 * (renderer/src/features/palette/GlobalCommands.tsx). Every command the palette offers has one
 * here, so the native menu can carry them all. No imports with code: the sandboxed preload
 * bundles this file.
 */
export const APP_COMMANDS = [
  'newCall',
  'newPrebrief',
  'newDebrief',
  'logSession',
  'search',
  'print',
  'savePdf',
  'importJournal',
  'exportJournal',
  'backups',
  'backupNow',
  'settings',
  'theme',
  'themeSystem',
  'themeLight',
  'themeDark',
  'commandPalette',
  'keyboardShortcuts',
  'lockJournal',
  // Issue 14, item 1 and 9: the method's help page, and the demo journal opened or left.
  'methodHelp',
  'demoJournal',
  // Issue 14, item 3: the reminders inbox (also where a desktop notification's click leads).
  'reminders',
] as const

export type AppCommand = (typeof APP_COMMANDS)[number]

/** The IPC event main sends (`webContents.send`) and the preload relays as `shell.onCommand`. */
export const APP_COMMAND_CHANNEL = 'coachbook-shell:command'

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value)
}

/** What the preload adds to `window.coachbook` as `shell`. */
export type ShellBridge = {
  /** Calls `listener` for each menu command; the returned function stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void
}
