import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../../shared/appCommands'
import { invokeOrThrow, type Invoke } from '../../shared/invoke'

/**
 * The application menu, laid out as each platform expects (macOS: the app menu holds About and
 * Settings, and a Window menu; Windows and Linux: Settings in File, About in Help, mnemonics). It
 * carries every command of the command palette. A command item only tells the renderer which
 * command was chosen (`sendCommand`); the renderer runs it through the same command layer as the
 * palette and the shortcuts, so the menu holds no logic of its own and needs no core access
 * beyond the About box.
 */
export type MenuContext = {
  /** The core, wherever it runs: only About reads from it. */
  invoke: Invoke
  dataDir: string
  isDev: boolean
  /** Injectable for tests; the running system otherwise. */
  platform?: NodeJS.Platform
  getWindow: () => BrowserWindow | null
  /** Hands a command to the journal window's renderer (commands.ts), opening the window if needed. */
  sendCommand: (command: AppCommand) => void
}

type CommandItem = { label: string; accelerator?: string }

/**
 * Labels end in "…" where more input follows. Accelerators are the standard ones where a standard
 * exists (New, Open, Find, Print, Settings) and never a key the rich-text editor uses (Mod-B, -I,
 * -E, -K, Mod-Shift-S, …). The palette's own Ctrl/Cmd+K stays the renderer's: it is shown on
 * Windows and Linux without being registered, and not at all on macOS, where a menu key would
 * take it from the editor's "make a link".
 */
export const COMMAND_ITEMS: Readonly<Record<AppCommand, CommandItem>> = {
  newCall: { label: 'New call…', accelerator: 'CmdOrCtrl+N' },
  newPrebrief: { label: 'New pre-brief…' },
  newDebrief: { label: 'New debrief…' },
  logSession: { label: 'Log coaching session…' },
  search: { label: 'Search the journal…', accelerator: 'CmdOrCtrl+F' },
  print: { label: 'Print…', accelerator: 'CmdOrCtrl+P' },
  savePdf: { label: 'Save as PDF…', accelerator: 'CmdOrCtrl+Shift+P' },
  importJournal: { label: 'Import…', accelerator: 'CmdOrCtrl+O' },
  exportJournal: { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E' },
  backups: { label: 'Backups…' },
  backupNow: { label: 'Back up now' },
  settings: { label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
  theme: { label: 'Theme settings…' },
  themeSystem: { label: 'Same as the computer' },
  themeLight: { label: 'Light' },
  themeDark: { label: 'Dark' },
  commandPalette: { label: 'Command palette…' },
  keyboardShortcuts: { label: 'Keyboard shortcuts' },
  // Not Ctrl+L: browsers and editors give it to the address bar and links.
  lockJournal: { label: 'Lock journal', accelerator: 'CmdOrCtrl+Shift+L' },
  methodHelp: { label: 'The coaching method' },
  demoJournal: { label: 'Open or leave the demo journal' },
  reminders: { label: 'Reminders' },
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = (context.platform ?? process.platform) === 'darwin'
  const command = (name: AppCommand): MenuItemConstructorOptions => {
    const { label, accelerator } = COMMAND_ITEMS[name]
    return { id: name, label, ...(accelerator ? { accelerator } : {}), click: () => context.sendCommand(name) }
  }
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const about: MenuItemConstructorOptions = { label: 'About Coachbook', click: () => void showAbout(context) }
  const palette: MenuItemConstructorOptions = isMac
    ? command('commandPalette')
    : { ...command('commandPalette'), accelerator: 'Ctrl+K', registerAccelerator: false }
  const title = (text: string) => (isMac ? text : `&${text}`)

  const template: MenuItemConstructorOptions[] = []
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        about,
        separator,
        command('settings'),
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    })
  }
  template.push(
    {
      label: title('File'),
      submenu: [
        command('newCall'),
        command('newPrebrief'),
        command('newDebrief'),
        command('logSession'),
        separator,
        command('importJournal'),
        command('exportJournal'),
        command('backups'),
        command('backupNow'),
        separator,
        command('print'),
        command('savePdf'),
        separator,
        command('lockJournal'),
        separator,
        ...(isMac ? [{ role: 'close' } as const] : [command('settings'), separator, { role: 'quit' } as const]),
      ],
    },
    {
      label: title('Edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
        { role: 'delete' },
        { role: 'selectAll' },
        separator,
        command('search'),
      ],
    },
    {
      label: title('View'),
      submenu: [
        palette,
        command('reminders'),
        // The three themes at hand; the renderer applies and keeps the choice (app/theme.ts).
        { label: title('Theme'), submenu: [command('themeSystem'), command('themeLight'), command('themeDark'), separator, command('theme')] },
        separator,
        ...(context.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, separator] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    {
      role: 'help',
      label: title('Help'),
      submenu: [
        command('methodHelp'),
        command('keyboardShortcuts'),
        command('demoJournal'),
        { label: 'Show journal folder', click: () => void shell.openPath(context.dataDir) },
        ...(isMac ? [] : [separator, about]),
      ],
    },
  )
  return template
}

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)))
}

async function showAbout(context: MenuContext): Promise<void> {
  const info = await invokeOrThrow(context.invoke, 'app.info', {}).catch(() => null)
  const detail = info ? `Version ${info.version}\nJournal: ${info.databasePath}` : `Version ${app.getVersion()}`
  const options = { type: 'info' as const, message: 'Coachbook', detail, buttons: ['OK'] }
  const window = context.getWindow()
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}
