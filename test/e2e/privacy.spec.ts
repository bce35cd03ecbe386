import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MARKED_PERIOD, markedJournalText, PRIVATE_MARKS, SHAREABLE_MARKS } from '../helpers/markedJournal'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CommandPalette } from './pages/CommandPalette'
import { ExchangeScreen } from './pages/ExchangeScreen'
import { PrintView } from './pages/PrintView'

/**
 * What is printed or exported for sharing, as the person gets it — PDFs of every print view read
 * back with pdftotext, the CSV files the browser downloads — from a journal whose every field is
 * marked (test/helpers/markedJournal.ts): no private value anywhere, every shareable one somewhere.
 */
/** Set PRINT_PDF_DIR to keep the PDFs for a look; otherwise they go to a temporary folder. */
const keepDir = process.env['PRINT_PDF_DIR']
let pdfDir = ''
test.beforeAll(async () => {
  pdfDir = keepDir ?? (await mkdtemp(join(tmpdir(), 'coachbook-privacy-')))
})
test.afterAll(async () => {
  if (!keepDir) await rm(pdfDir, { recursive: true, force: true })
})

function expectNothingPrivate(text: string, what: string): void {
  for (const [field, mark] of Object.entries(PRIVATE_MARKS)) {
    for (const form of mark.seenAs) expect(text, `${field} (${form}) on ${what}`).not.toContain(form)
  }
}

test('no printed sheet, report or CSV download holds anything private', async ({ page, server, journal }) => {
  // Nine outputs, each rendered or downloaded and read back.
  test.setTimeout(60_000)
  await journal.connect()
  await journal.call('journal.import', { text: markedJournalText() })
  const seen: string[] = []

  const view = new PrintView(page, server)
  const period = `from=${MARKED_PERIOD.from}&to=${MARKED_PERIOD.to}`
  const routes = [
    '/print/debrief/marked-call-1',
    '/print/debrief/marked-call-2',
    '/print/debrief/marked-call-3',
    `/print/rep/marked-rep?${period}`,
    `/print/report?${period}`,
    `/print/report?${period}&rep=marked-rep`,
  ]
  for (const [index, route] of routes.entries()) {
    await view.open(route)
    const pdf = await view.pdf(join(pdfDir, `view-${index}.pdf`))
    expectNothingPrivate(pdf.flow, route)
    seen.push(pdf.flow)
  }

  const app = new AppShell(page, server)
  const exchange = new ExchangeScreen(page)
  await app.open('/exchange')
  const calls = await exchange.download('Download calls (.csv)')
  const callsText = await readFile(await calls.path(), 'utf8')
  expectNothingPrivate(callsText, 'the calls CSV')
  expect(callsText, 'the predicted takeover chance in its own cell').not.toMatch(/(^|,)73(,|\r\n)/m)
  seen.push(callsText)
  await page.getByLabel('From', { exact: true }).last().fill(MARKED_PERIOD.from)
  await page.getByLabel('To', { exact: true }).last().fill(MARKED_PERIOD.to)
  const metrics = await exchange.download('Download metrics (.csv)')
  const metricsText = await readFile(await metrics.path(), 'utf8')
  expectNothingPrivate(metricsText, 'the metrics CSV')
  seen.push(metricsText)

  // The walk saw the journal: each shareable mark is somewhere in what was printed or exported.
  const all = seen.join('\n').replace(/\s+/g, ' ')
  for (const mark of Object.values(SHAREABLE_MARKS)) expect(all, mark).toContain(mark)
})

test('nothing leaves the machine: every request of a whole session goes to the app itself', async ({ page, server, journal }) => {
  // A session across every screen, the palette, an edit and the print views.
  test.setTimeout(60_000)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await journal.connect()
  await journal.call('journal.import', { text: markedJournalText() })

  const app = new AppShell(page, server)
  for (const route of [
    '/',
    '/calls',
    '/calls/marked-call-1',
    '/calls/marked-call-1/prebrief',
    '/calls/marked-call-1/debrief',
    '/reps',
    '/reps/marked-rep',
    '/sessions',
    '/sessions/marked-session',
    '/search?q=sharemark',
    `/insights?period=custom&from=${MARKED_PERIOD.from}&to=${MARKED_PERIOD.to}`,
    '/exchange',
    '/settings',
  ]) {
    await app.open(route)
  }
  await app.open('/calls/marked-call-3/debrief')
  await page.getByRole('textbox', { name: 'The lesson' }).fill('Typed during the network check')
  await expect(page.getByText('Saved', { exact: true })).toBeVisible()
  const palette = new CommandPalette(page)
  await palette.open()
  await page.keyboard.type('dana')
  await expect(palette.option(/Dana Marked/).first()).toBeVisible()
  const view = new PrintView(page, server)
  await view.open(`/print/report?from=${MARKED_PERIOD.from}&to=${MARKED_PERIOD.to}`)
  await view.open('/print/debrief/marked-call-1')

  expect(requests.length, 'the session made requests').toBeGreaterThan(20)
  const elsewhere = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url))
  expect(elsewhere).toEqual([])
})
