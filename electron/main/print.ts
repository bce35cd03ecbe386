import fs from 'node:fs'
import path from 'node:path'
import { app, dialog, ipcMain, shell, type BrowserWindow } from 'electron'
import type { PaperSize } from '../../shared/domain'
import { PRINT_IPC_CHANNEL, type PrintOutcome, type PrintRequest } from '../../shared/printBridge'
import { formatPrintRoute, parsePrintRoute } from '../../shared/printRoutes'
import { AppFailure, fail, ok, type Result } from '../../shared/result'
import { invokeOrThrow, type Invoke } from '../../shared/invoke'
import type { AppLocation } from './appLocation'
import { isTrustedSender } from './ipc'
import { openPrintPage } from './printPage'

/**
 * Printing from the desktop app: the renderer (through the preload's `printing` bridge) names a
 * print route; main renders it in a hidden window and either opens the system print dialog or
 * saves a PDF where the user chooses, then offers to open it. Page numbers and the period are
 * drawn by the page's own @page margin boxes, so nothing here adds a header.
 */
export type PrintContext = {
  location: AppLocation
  getWindow: () => BrowserWindow | null
  /** The core, wherever it runs (electron/core/host). */
  invoke: Invoke
}

const ELECTRON_PAGE_SIZE: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' }
const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }]

/** A file name from the print view's title: "Debrief sheet — Dana — Acme — 2026-11-02" → safe characters only. */
export function pdfFileName(title: string): string {
  const base = title
    .replace(/\s*·\s*Coachbook$/, '')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return `${base || 'Coachbook'}.pdf`
}

export async function runPrintJob(context: PrintContext, request: PrintRequest): Promise<Result<PrintOutcome>> {
  const parsed = parsePrintRoute(request.route)
  if (!parsed || (request.action !== 'print' && request.action !== 'pdf')) {
    return fail('INVALID_INPUT', 'That is not something Coachbook can print')
  }
  const route = formatPrintRoute(parsed)
  const parent = context.getWindow()
  let page: BrowserWindow | null = null
  try {
    const { paperSize } = await invokeOrThrow(context.invoke, 'settings.get', {})
    page = await openPrintPage(context.location, route)
    const pageSize = ELECTRON_PAGE_SIZE[paperSize]
    if (request.action === 'print') {
      const printed = await new Promise<{ success: boolean; reason: string }>((resolve) =>
        page!.webContents.print({ silent: false, printBackground: true, pageSize }, (success, reason) => resolve({ success, reason })),
      )
      if (printed.success) return ok({ done: 'printed' })
      return printed.reason === 'cancelled' ? ok({ done: 'cancelled' }) : fail('IO_FAILURE', `Printing failed: ${printed.reason}`)
    }
    const options = {
      title: 'Save as PDF',
      defaultPath: path.join(app.getPath('documents'), pdfFileName(page.webContents.getTitle())),
      filters: PDF_FILTERS,
    }
    const target = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    if (target.canceled || !target.filePath) return ok({ done: 'cancelled' })
    // preferCSSPageSize: the view's @page rule already carries the paper size and margins.
    const pdf = await page.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize })
    await fs.promises.writeFile(target.filePath, pdf)
    void offerToOpen(parent, target.filePath)
    return ok({ done: 'saved', path: target.filePath })
  } catch (error) {
    // A locked journal (before or while the page is made) stays LOCKED: the window shows its lock screen.
    if (error instanceof AppFailure) return error.toFail()
    return fail('IO_FAILURE', error instanceof Error ? error.message : String(error))
  } finally {
    if (page && !page.isDestroyed()) page.destroy()
  }
}

async function offerToOpen(parent: BrowserWindow | null, file: string): Promise<void> {
  const options = { type: 'info' as const, message: 'Saved as PDF', detail: file, buttons: ['Open', 'Close'], defaultId: 0, cancelId: 1 }
  const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options)
  if (answer.response === 0) await shell.openPath(file)
}

/**
 * Answers the preload's `printing.request`: from the app's own top frame only, and only for a
 * route parsePrintRoute accepts. File → Print… reaches here the same way: the menu sends the
 * renderer its `print` command and the renderer asks for the print view of the screen showing.
 * The returned function removes the handler (on quit).
 */
export function installPrinting(context: PrintContext): () => void {
  ipcMain.handle(PRINT_IPC_CHANNEL, (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame, context.location)) {
      return fail('UNAUTHORIZED', 'This request did not come from the Coachbook window')
    }
    const { action, route } = (request ?? {}) as Partial<PrintRequest>
    if (typeof route !== 'string' || (action !== 'print' && action !== 'pdf')) {
      return fail('INVALID_INPUT', 'That is not something Coachbook can print')
    }
    return runPrintJob(context, { action, route })
  })
  return () => ipcMain.removeHandler(PRINT_IPC_CHANNEL)
}
