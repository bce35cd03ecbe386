import path from 'node:path'
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { toFail } from '../../shared/dispatch'
import type { Fail } from '../../shared/result'
import { invokeOrThrow, type Invoke } from '../../shared/invoke'
import { readJournalText, writeFileAtomic } from '../core/files'
import { formatImportCounts } from '../../shared/importSummary'
import type { Printing } from './print'

/**
 * The application menu. Export and import are thin: a dialog picks the file, the contract does
 * the work, a message box tells the outcome. Nothing here validates or touches the database.
 */
export type MenuContext = {
  /** The core, wherever it runs (electron/core/host). */
  invoke: Invoke
  dataDir: string
  isDev: boolean
  getWindow: () => BrowserWindow | null
  /** File → Print… and Save as PDF… act on the print view of the screen showing (print.ts). */
  printing?: Pick<Printing, 'printCurrentView'>
}

const JOURNAL_FILTERS = [{ name: 'Coachbook journal', extensions: ['json'] }]

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (isMac) template.push({ role: 'appMenu' })
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Export journal…', click: () => void exportJournal(context) },
        { label: 'Import journal…', click: () => void importJournal(context) },
        { type: 'separator' },
        ...(context.printing ? printItems(context.printing) : []),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu', label: '&Edit' },
    {
      label: '&View',
      submenu: [
        ...(context.isDev
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      label: '&Help',
      submenu: [
        {
          label: 'Show journal folder',
          click: () => void shell.openPath(context.dataDir),
        },
        {
          label: 'About Coachbook',
          click: () => void showAbout(context),
        },
      ],
    },
  )
  return template
}

function printItems(printing: Pick<Printing, 'printCurrentView'>): MenuItemConstructorOptions[] {
  return [
    { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => void printing.printCurrentView('print') },
    { label: 'Save as PDF…', accelerator: 'CmdOrCtrl+Shift+P', click: () => void printing.printCurrentView('pdf') },
    { type: 'separator' },
  ]
}

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)))
}

export async function exportJournal(context: MenuContext): Promise<void> {
  const window = context.getWindow()
  try {
    const now = new Date()
    // The manager's calendar day, as everywhere in the journal.
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
    const options = {
      title: 'Export journal',
      defaultPath: path.join(app.getPath('documents'), `coachbook-journal-${today}.json`),
      filters: JOURNAL_FILTERS,
    }
    const target = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    if (target.canceled || !target.filePath) return
    const journal = await invokeOrThrow(context.invoke, 'journal.export', {})
    await writeFileAtomic(target.filePath, `${JSON.stringify(journal, null, 2)}\n`)
    await showInfo(window, 'Journal exported', target.filePath)
  } catch (error) {
    await showFailure(window, 'The journal could not be exported', toFail(error))
  }
}

export async function importJournal(context: MenuContext): Promise<void> {
  const window = context.getWindow()
  try {
    const options = { title: 'Import journal', properties: ['openFile' as const], filters: JOURNAL_FILTERS }
    const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    const file = picked.filePaths[0]
    if (picked.canceled || !file) return
    const text = await readJournalText(file)
    const preview = await invokeOrThrow(context.invoke, 'journal.previewImport', { text })
    const confirmOptions = {
      type: 'question' as const,
      buttons: ['Import', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
      message: `Import ${path.basename(file)}?`,
      detail: formatImportCounts(preview).join('\n'),
    }
    const answer = window ? await dialog.showMessageBox(window, confirmOptions) : await dialog.showMessageBox(confirmOptions)
    if (answer.response !== 0) return
    const imported = await invokeOrThrow(context.invoke, 'journal.import', { text })
    await showInfo(window, 'Journal imported', formatImportCounts(imported).join('\n'))
    // The renderer caches what it has read; reloading shows the imported records everywhere.
    window?.webContents.reload()
  } catch (error) {
    await showFailure(window, 'The journal could not be imported', toFail(error))
  }
}

async function showAbout(context: MenuContext): Promise<void> {
  const info = await invokeOrThrow(context.invoke, 'app.info', {}).catch(() => null)
  const detail = info ? `Version ${info.version}\nJournal: ${info.databasePath}` : `Version ${app.getVersion()}`
  await showInfo(context.getWindow(), 'Coachbook', detail)
}

async function showInfo(window: BrowserWindow | null, message: string, detail: string): Promise<void> {
  const options = { type: 'info' as const, message, detail, buttons: ['OK'] }
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}

async function showFailure(window: BrowserWindow | null, message: string, failure: Fail): Promise<void> {
  const options = { type: 'error' as const, message, detail: failure.error.message, buttons: ['OK'] }
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}
