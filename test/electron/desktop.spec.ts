import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ElectronApplication, Page } from '@playwright/test'
import { META_CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { DebriefScreen } from '../e2e/pages/BriefsScreen'
import { readPdf } from '../e2e/pages/PrintView'
import { builtMain, electronBinary, expect, test } from './fixtures'

/**
 * The desktop app as a person uses it: the window, the journal behind it, the native menu,
 * printing and closing. Runs only where Electron's binary exists (`npm run test:electron`).
 */
type Result<T> = { ok: true; value: T } | { ok: false; error: { message: string } }
type Bridge = {
  reps: { create(input: { name: string }): Promise<Result<{ id: string }>> }
  calls: { create(input: { repId: string; date: string; account: string; opportunity: string }): Promise<Result<{ id: string }>> }
}
type PageGlobals = { coachbook: Bridge; location: { hash: string }; document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }

/** A rep and a call, written through the preload's bridge as the screens would. */
async function seedCall(window: Page): Promise<string> {
  return window.evaluate(async () => {
    const api = (globalThis as unknown as PageGlobals).coachbook
    const rep = await api.reps.create({ name: 'Dana Ortiz' })
    if (!rep.ok) throw new Error(rep.error.message)
    const call = await api.calls.create({ repId: rep.value.id, date: '2026-11-02', account: 'Acme Corp', opportunity: 'Fleet renewal' })
    if (!call.ok) throw new Error(call.error.message)
    return call.value.id
  })
}

async function goTo(window: Page, route: string): Promise<void> {
  await window.evaluate((hash) => {
    ;(globalThis as unknown as PageGlobals).location.hash = hash
  }, `#${route}`)
}

/** Replaces a dialog of the main process, as a person would answer it. */
async function answerDialogs(app: ElectronApplication, answers: { savePath?: string; messageBox?: number; messageBoxSync?: number }): Promise<void> {
  await app.evaluate(({ dialog }, { savePath, messageBox, messageBoxSync }) => {
    if (savePath !== undefined) dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: savePath })
    if (messageBox !== undefined) dialog.showMessageBox = () => Promise.resolve({ response: messageBox, checkboxChecked: false })
    if (messageBoxSync !== undefined) dialog.showMessageBoxSync = () => messageBoxSync
  }, answers)
}

test('opens the journal from app://coachbook, isolated and sandboxed, under the one CSP', async ({ desktop }) => {
  const { app, window } = await desktop.launch()
  expect(window.url()).toMatch(/^app:\/\/coachbook\/index\.html/)
  const csp = await window.evaluate(() =>
    (globalThis as unknown as PageGlobals).document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
  )
  expect(csp).toBe(META_CONTENT_SECURITY_POLICY)
  // Sandboxed and isolated: the page sees its bridge, and neither Node nor the preload's world.
  const seen = await window.evaluate(() => {
    const page = globalThis as { require?: unknown; process?: unknown; coachbook?: unknown }
    return { require: typeof page.require, process: typeof page.process, bridge: typeof page.coachbook }
  })
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' })
  expect(await app.evaluate(({ app: electronApp }) => electronApp.isReady())).toBe(true)
})

test('a debrief written in the window is there after a reload', async ({ desktop }) => {
  const { window } = await desktop.launch()
  const callId = await seedCall(window)
  await goTo(window, `/calls/${callId}/debrief`)
  const debrief = new DebriefScreen(window)
  await expect(debrief.form).toBeVisible()
  await debrief.role('Technical expert').check()
  await debrief.textbox('One skill to drill').fill('Holding silence after the price')
  await debrief.expectSaved()

  await window.reload()
  await expect(window.locator('html[data-app-ready="true"]')).toBeAttached()
  await expect(debrief.role('Technical expert')).toBeChecked()
  await expect(debrief.textbox('One skill to drill')).toHaveValue('Holding silence after the price')
})

test('File → New call… opens the new-call form through the palette’s command', async ({ desktop }) => {
  const { app, window } = await desktop.launch()
  await app.evaluate(({ Menu, BrowserWindow }) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById('newCall')
    if (!item) throw new Error('no New call item in the menu')
    // MenuItem.click is typed as a bare Function; it takes (event, focusedWindow, focusedWebContents).
    const click = item.click as (event: unknown, window: unknown, contents: unknown) => void
    click(undefined, BrowserWindow.getAllWindows()[0], undefined)
  })
  await expect(window.getByRole('dialog', { name: 'New call' })).toBeVisible()
})

test('Save as PDF writes the debrief sheet where the person chose', async ({ desktop }) => {
  const { app, window } = await desktop.launch()
  const callId = await seedCall(window)
  const pdfPath = join(desktop.dataDir, 'debrief-sheet.pdf')
  // The save dialog answers with this file; "Open it?" is declined.
  await answerDialogs(app, { savePath: pdfPath, messageBox: 1 })
  await goTo(window, `/calls/${callId}`)
  await window.getByRole('button', { name: 'Save as PDF: the debrief sheet' }).click()
  await expect.poll(() => existsSync(pdfPath)).toBe(true)
  await expect(window.getByText(`Saved the debrief sheet as ${pdfPath}`)).toBeVisible()
  const pdf = readPdf(pdfPath)
  expect(pdf.pages).toBe(1)
  expect(pdf.text).toContain('Acme Corp')
  expect(pdf.text).toContain('Dana Ortiz')
})

test('closing with a save in flight keeps the words', async ({ desktop }) => {
  const first = await desktop.launch()
  const callId = await seedCall(first.window)
  await goTo(first.window, `/calls/${callId}/debrief`)
  const debrief = new DebriefScreen(first.window)
  await debrief.role('Crutch').check()
  await debrief.expectSaved()
  // "Stay a moment" if main asks (unloadPrompt.ts); the renderer saves, then closes the window.
  await answerDialogs(first.app, { messageBoxSync: 0 })
  await debrief.textbox('One skill to drill').fill('Asking for the next step')
  const closed = first.app.waitForEvent('close')
  await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
  await closed

  const second = await desktop.launch()
  await goTo(second.window, `/calls/${callId}/debrief`)
  await expect(new DebriefScreen(second.window).textbox('One skill to drill')).toHaveValue('Asking for the next step')
})

test('the window reopens at the size and place it was closed', async ({ desktop }) => {
  const first = await desktop.launch()
  const bounds = { x: 60, y: 40, width: 1000, height: 700 }
  await first.app.evaluate(({ BrowserWindow }, wanted) => BrowserWindow.getAllWindows()[0]?.setBounds(wanted), bounds)
  await first.app.close()

  const second = await desktop.launch()
  const reopened = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds())
  expect(reopened).toEqual(bounds)
})

test('a second launch leaves the first window the only one', async ({ desktop }) => {
  const { app } = await desktop.launch()
  const second = spawn(electronBinary(), [builtMain(), `--user-data-dir=${desktop.profileDir}`], {
    env: { ...process.env, COACHBOOK_DATA_DIR: desktop.dataDir, ELECTRON_RENDERER_URL: '' },
    stdio: 'ignore',
  })
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve))
  expect(code).toBe(0)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})
