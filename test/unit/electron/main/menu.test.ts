import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, COMMAND_ITEMS, installMenu, type MenuContext } from '../../../../electron/main/menu'
import { APP_COMMANDS, type AppCommand } from '../../../../shared/appCommands'
import { openTempCore, type TempCore } from '../../../helpers/tempJournal'
import { BrowserWindow, dialog, Menu, resetElectronMock, shell } from './electronMock'
import { STATE_WAIT } from '../../../helpers/waitBound'

vi.mock('electron', () => import('./electronMock'))

let temp: TempCore
let window: BrowserWindow
let sent: AppCommand[]

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    invoke: temp.core.invoke,
    dataDir: temp.dataDir,
    isDev: false,
    platform: 'linux',
    getWindow: () => window as never,
    sendCommand: (command) => sent.push(command),
    ...overrides,
  }
}

/** Every item of the menu, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`${item?.label ?? 'the item'} cannot be clicked`)
  item.click({} as never, undefined, {})
}

beforeEach(() => {
  resetElectronMock()
  temp = openTempCore({ face: 'electron' })
  window = new BrowserWindow({})
  sent = []
})
afterEach(() => temp.cleanup())

describe.each(['linux', 'win32', 'darwin'] as const)('the menu on %s', (platform) => {
  const template = () => buildMenuTemplate(context({ platform }))

  it('carries every app command exactly once, and choosing it hands that command to the renderer', () => {
    const commandItems = items(template()).filter((item) => item.id !== undefined)
    expect(commandItems.map((item) => item.id).sort()).toEqual([...APP_COMMANDS].sort())
    for (const item of commandItems) click(item)
    expect([...sent].sort()).toEqual([...APP_COMMANDS].sort())
  })

  it('has File, Edit, View and Help, with Quit and the standard edit roles', () => {
    const all = items(template())
    const roles = all.map((item) => item.role).filter(Boolean)
    expect(roles).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'help']))
    for (const menu of ['File', 'Edit', 'View', 'Help']) expect(submenu(template(), menu).length).toBeGreaterThan(0)
  })

  it('uses standard accelerators, each once, and none of the editor’s keys', () => {
    const accelerators = items(template())
      .filter((item) => item.accelerator && item.registerAccelerator !== false)
      .map((item) => String(item.accelerator))
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(accelerators).toEqual(
      expect.arrayContaining(['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+F', 'CmdOrCtrl+P', 'CmdOrCtrl+,']),
    )
    // TipTap's bold, italic, underline, code, link (the app's Ctrl+K), strike, blockquote and lists.
    const editorKeys = ['B', 'I', 'U', 'E', 'K', 'Shift+S', 'Shift+B', 'Shift+7', 'Shift+8', 'Z', 'Shift+Z', 'Y']
    for (const key of editorKeys) expect(accelerators).not.toContain(`CmdOrCtrl+${key}`)
  })
})

describe('platform conventions', () => {
  it('macOS: About and Settings in the app menu, a Window menu, Close in File, no mnemonics', () => {
    const template = buildMenuTemplate(context({ platform: 'darwin' }))
    const appMenu = template[0]
    expect(appMenu?.role).toBe('appMenu')
    const appItems = Array.isArray(appMenu?.submenu) ? appMenu.submenu : []
    expect(appItems.map((item) => item.label ?? item.role)).toEqual(
      expect.arrayContaining(['About Coachbook', 'Settings…', 'services', 'hide', 'quit']),
    )
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true)
    expect(submenu(template, 'File').at(-1)?.role).toBe('close')
    expect(template.map((item) => item.label ?? '').join('')).not.toContain('&')
    // The palette key stays the renderer's (and the editor's "make a link").
    expect(items(template).find((item) => item.id === 'commandPalette')?.accelerator).toBeUndefined()
  })

  it('Windows and Linux: Settings and Quit in File, About in Help, mnemonics', () => {
    const template = buildMenuTemplate(context({ platform: 'win32' }))
    const file = submenu(template, 'File')
    expect(file.map((item) => item.id ?? item.role).filter(Boolean).slice(-2)).toEqual(['settings', 'quit'])
    expect(submenu(template, 'Help').some((item) => item.label === 'About Coachbook')).toBe(true)
    expect(template.filter((item) => item.label).every((item) => item.label?.startsWith('&'))).toBe(true)
    expect(template.some((item) => item.role === 'appMenu' || item.role === 'windowMenu')).toBe(false)
    const palette = items(template).find((item) => item.id === 'commandPalette')
    expect(palette).toMatchObject({ accelerator: 'Ctrl+K', registerAccelerator: false })
  })
})

describe('menu items', () => {
  it('label each command in the palette’s words, "…" where more input follows', () => {
    expect(COMMAND_ITEMS.newCall.label).toBe('New call…')
    expect(COMMAND_ITEMS.savePdf.label).toBe('Save as PDF…')
    expect(Object.values(COMMAND_ITEMS).every((item) => item.label.trim() === item.label && item.label.length > 0)).toBe(true)
  })

  it('offer reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => submenu(buildMenuTemplate(context({ isDev })), 'View').map((item) => item.role)
    expect(roles(false)).not.toContain('reload')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']))
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('Show journal folder opens the data folder', () => {
    click(submenu(buildMenuTemplate(context()), 'Help').find((item) => item.label === 'Show journal folder'))
    expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(temp.dataDir)
  })

  it('About shows the version and where the journal is, read from the core', async () => {
    click(submenu(buildMenuTemplate(context()), 'Help').find((item) => item.label === 'About Coachbook'))
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1), STATE_WAIT)
    const options = (dialog.showMessageBox.mock.calls[0] as unknown[]).at(-1) as { detail: string }
    expect(options.detail).toContain('Version 0.0.0-test')
    expect(options.detail).toContain(temp.core.databasePath)
  })

  it('are installed as the application menu', () => {
    installMenu(context())
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
  })
})
