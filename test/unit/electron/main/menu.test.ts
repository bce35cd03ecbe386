import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, exportJournal, importJournal, type MenuContext } from '../../../../electron/main/menu'
import { invoke, openTempCore, type TempCore } from '../../../helpers/tempJournal'
import { BrowserWindow, dialog, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

let temp: TempCore
let window: BrowserWindow

function context(isDev = false): MenuContext {
  return {
    invoke: temp.core.invoke,
    dataDir: temp.dataDir,
    isDev,
    getWindow: () => window as never,
  }
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}

beforeEach(() => {
  resetElectronMock()
  temp = openTempCore({ face: 'electron' })
  window = new BrowserWindow({})
})
afterEach(() => temp.cleanup())

describe('the menu', () => {
  it('has File (export, import, quit), Edit, View and Help', () => {
    const template = buildMenuTemplate(context())
    const file = submenu(template, 'File')
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual(
      expect.arrayContaining(['Export journal…', 'Import journal…']),
    )
    expect(file.some((item) => item.role === 'quit' || item.role === 'close')).toBe(true)
    expect(template.some((item) => item.role === 'editMenu')).toBe(true)
    expect(template.some((item) => item.role === 'help')).toBe(true)
  })

  it('offers reload only in development', () => {
    const roles = (isDev: boolean) => submenu(buildMenuTemplate(context(isDev)), 'View').map((item) => item.role)
    expect(roles(false)).not.toContain('reload')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']))
    expect(roles(true)).toContain('reload')
  })
})

describe('Export journal…', () => {
  it('writes the journal file where the dialog says', async () => {
    await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
    const target = path.join(temp.dataDir, 'export.json')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    await exportJournal(context())
    const written = JSON.parse(fs.readFileSync(target, 'utf8')) as { format: string; reps: { name: string }[] }
    expect(written.format).toBe('coachbook')
    expect(written.reps.map((r) => r.name)).toEqual(['Dana Ortiz'])
  })

  it('does nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await exportJournal(context())
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })
})

describe('Import journal…', () => {
  function journalFile(name: string): string {
    const file = path.join(temp.dataDir, 'import.json')
    const journal = {
      format: 'coachbook',
      version: 1,
      exportedAt: '2026-11-23T10:00:00.000Z',
      reps: [{ id: 'r1', name }],
      calls: [],
      sessions: [],
    }
    fs.writeFileSync(file, JSON.stringify(journal))
    return file
  }

  it('previews, asks, imports and reloads the window', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [journalFile('Lee Park')] })
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    await importJournal(context())
    const reps = await invoke(temp.core, 'reps.list', {})
    expect(reps.map((r) => r.name)).toEqual(['Lee Park'])
    const details = dialog.showMessageBox.mock.calls.map((call) => ((call as unknown[]).at(-1) as { detail: string }).detail)
    expect(details).toHaveLength(2)
    expect(details[0]).toMatch(/Reps\s+1 added/) // the preview, before anything is written
    expect(details[1]).toMatch(/Reps\s+1 added/) // the summary
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
  })

  it('changes nothing when the person cancels at the preview', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [journalFile('Lee Park')] })
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    await importJournal(context())
    expect(await invoke(temp.core, 'reps.list', {})).toEqual([])
    expect(window.webContents.reload).not.toHaveBeenCalled()
  })

  it('shows an invalid file as an error and imports nothing', async () => {
    const file = path.join(temp.dataDir, 'bad.json')
    fs.writeFileSync(file, JSON.stringify({ format: 'coachbook', version: 1, reps: [{ id: 'r1' }] }))
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    await importJournal(context())
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    const options = (dialog.showMessageBox.mock.calls[0] as unknown[] | undefined)?.at(-1) as { type: string; detail: string }
    expect(options.type).toBe('error')
    expect(options.detail).toContain('reps[0].name')
    expect(await invoke(temp.core, 'reps.list', {})).toEqual([])
  })
})

describe('File → Print… and Save as PDF…', () => {
  it('act on the screen showing through the printing hooks, only when printing is installed', () => {
    const printCurrentView = vi.fn(() => Promise.resolve())
    const file = submenu(buildMenuTemplate({ ...context(), printing: { printCurrentView } }), 'File')
    const item = (label: string) => {
      const found = file.find((entry) => entry.label === label)
      if (!found?.click) throw new Error(`no ${label}`)
      return found.click
    }
    item('Print…')({} as never, undefined, {})
    item('Save as PDF…')({} as never, undefined, {})
    expect(printCurrentView.mock.calls).toEqual([['print'], ['pdf']])
    expect(submenu(buildMenuTemplate(context()), 'File').some((entry) => entry.label === 'Print…')).toBe(false)
  })
})
