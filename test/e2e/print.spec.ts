import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PaperSize } from '../../shared/domain'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { expectNoAxeViolations } from './support/axe'
import { PAPER_PT, PrintView, findWords, inkShare, pdfWords, type PdfFacts } from './pages/PrintView'
import { dayFromToday, note, seedCoachingJournal, type CoachingJournal } from './support/coachingJournal'
import type { JournalApi } from './journalApi'

/** Written into the private notes of every debrief: it must never reach paper. */
const PRIVATE = 'Privately: I grabbed the call because my boss was on it'
const LONG_WORDS = 'The rep walked through the pricing table line by line, paused, then explained it again. '

/** Set PRINT_PDF_DIR to keep the PDFs for a look; otherwise they go to a temporary folder. */
const keepDir = process.env['PRINT_PDF_DIR']
let pdfDir = ''
test.beforeAll(async () => {
  pdfDir = keepDir ?? (await mkdtemp(join(tmpdir(), 'coachbook-print-')))
})
test.afterAll(async () => {
  if (!keepDir) await rm(pdfDir, { recursive: true, force: true })
})

/** The coaching journal of the other specs, with private notes on its debriefs and a long one beside them. */
async function seed(journal: JournalApi, paperSize: PaperSize): Promise<CoachingJournal & { long: string }> {
  const data = await seedCoachingJournal(journal)
  await journal.updateSettings({ paperSize })
  await journal.saveDebrief({
    callId: data.rescued.id,
    debrief: {
      actualRole: 'crutch',
      outcome: 'advanced',
      rescueInitiator: 'me',
      rescueFear: 'boss_watching',
      asks: 3,
      tells: 9,
      rootCause: 'confidence',
      lesson: 'Let the silence after the price do its work',
      skillToDrill: 'Holding silence after pricing',
      drillType: 'role_play',
      drillReps: 4,
      repSelfAssessment: note('I rushed to fill the silence after the price.'),
      notes: note('Shared with Dana: the opening was strong.'),
      privateNotes: note(PRIVATE),
    },
  })
  await journal.saveDebrief({
    callId: data.lost.id,
    debrief: { actualRole: 'depth_and_breadth', outcome: 'lost', asks: 8, tells: 2, lesson: 'Qualify the budget before the demo, not after', privateNotes: note(PRIVATE) },
  })
  // A debrief whose every text is far too long for one page.
  const long = await journal.addCall({ repId: data.dana.id, date: dayFromToday(-4), account: 'Umbrella Corp', opportunity: 'Global rollout', dealValue: 900000 })
  await journal.savePrebrief({
    callId: long.id,
    prebrief: {
      plannedRole: 'visiting_dignitary',
      objective: LONG_WORDS.repeat(12),
      nextStep: LONG_WORDS.repeat(8),
      interventionRule: LONG_WORDS.repeat(10),
    },
  })
  const paragraphs = (n: number) => ({
    type: 'doc' as const,
    content: Array.from({ length: n }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${i + 1}. ${LONG_WORDS.repeat(4)}` }] })),
  })
  await journal.saveDebrief({
    callId: long.id,
    debrief: {
      actualRole: 'crutch',
      outcome: 'won',
      repSelfAssessment: paragraphs(30),
      rootCause: 'fear_of_stump',
      rootCauseNote: LONG_WORDS.repeat(10),
      lesson: LONG_WORDS.repeat(15),
      skillToDrill: 'Asking the second question',
      drillType: 'drill',
      drillReps: 12,
      notes: paragraphs(20),
      privateNotes: note(PRIVATE),
    },
  })
  return { ...data, long: long.id }
}

function expectPaper(pdf: PdfFacts, paper: PaperSize): void {
  expect(pdf.widthPt).toBeCloseTo(PAPER_PT[paper].width, 0)
  expect(pdf.heightPt).toBeCloseTo(PAPER_PT[paper].height, 0)
}

for (const paper of ['a4', 'letter'] as const) {
  test.describe(`printing on ${paper}`, () => {
    test('the debrief sheet is one page with the call, the plan, the lesson and no private note', async ({ page, server, journal }) => {
      const data = await seed(journal, paper)
      const view = new PrintView(page, server)
      await view.open(`/print/debrief/${data.rescued.id}`)
      await expectNoAxeViolations(page, `the debrief sheet's print view (${paper})`)
      const pdf = await view.pdf(join(pdfDir, `debrief-${paper}.pdf`))
      expect(pdf.pages).toBe(1)
      expectPaper(pdf, paper)
      for (const words of ['Dana Ortiz', 'Acme Corp', '$42,000', 'Sidewalk', 'Technical expert', 'Crutch', 'Let the silence after the price do its work', 'Holding silence after pricing', 'I rushed to fill the silence', 'Page 1 of 1']) {
        expect(pdf.text, words).toContain(words)
      }
      // The questions for the root cause picked (confidence) are on the sheet.
      expect(pdf.text).toContain('rehearse this part alone')
      expect(pdf.text).not.toContain(PRIVATE)
    })

    test('a debrief with very long texts still prints on one page, saying the rest is in Coachbook', async ({ page, server, journal }) => {
      const data = await seed(journal, paper)
      const view = new PrintView(page, server)
      await view.open(`/print/debrief/${data.long}`)
      const pdf = await view.pdf(join(pdfDir, `debrief-long-${paper}.pdf`))
      expect(pdf.pages).toBe(1)
      expect(pdf.text).toContain('Umbrella Corp')
      expect(pdf.text).toContain('The rest is in Coachbook.')
      expect(pdf.text).toContain('Notes from our one-on-one')
      expect(pdf.text).not.toContain(PRIVATE)
    })

    test('the one-on-one sheet lists the rep’s calls, open skills and lessons, without private notes', async ({ page, server, journal }) => {
      const data = await seed(journal, paper)
      const view = new PrintView(page, server)
      await view.open(`/print/rep/${data.dana.id}?from=${dayFromToday(-30)}&to=${dayFromToday(5)}`)
      await expectNoAxeViolations(page, `the one-on-one sheet's print view (${paper})`)
      const pdf = await view.pdf(join(pdfDir, `rep-${paper}.pdf`))
      expectPaper(pdf, paper)
      for (const words of ['One-on-one with Dana Ortiz', 'Acme Corp', 'Globex', 'Northwind Traders', 'Holding silence after pricing', 'Qualify the budget before the demo, not after', 'Role play']) {
        expect(pdf.text, words).toContain(words)
      }
      expect(pdf.text).toMatch(new RegExp(`Page 1 of ${pdf.pages}`))
      expect(pdf.text).not.toContain(PRIVATE)
      expect(pdf.text).not.toContain('Lee Park')
    })

    test('the progress report has its figures, drawn charts, the rescues and the period on every page', async ({ page, server, journal }) => {
      await seed(journal, paper)
      const view = new PrintView(page, server)
      const [from, to] = [dayFromToday(-27), dayFromToday(0)]
      await view.open(`/print/report?from=${from}&to=${to}`)
      // Every chart drew its data marks before print-ready: bars, dots, or the matrix's counted cells.
      const dataMarks = {
        'rescue-rate': '.recharts-bar-rectangle path',
        'role-mix': '.recharts-bar-rectangle path',
        'ask-share': '.recharts-line-dots circle',
        'plan-matrix': 'svg text',
      }
      for (const [chart, marks] of Object.entries(dataMarks)) {
        const inChart = page.locator(`[data-chart="${chart}"] ${marks}`)
        expect(await inChart.count(), chart).toBeGreaterThan(0)
      }
      // The matrix counts the one kept plan (depth and breadth) and the one slip into the crutch.
      await expect(page.locator('[data-chart="plan-matrix"] svg')).toContainText('1')
      await expectNoAxeViolations(page, `the progress report's print view (${paper})`)
      const file = join(pdfDir, `report-${paper}.pdf`)
      const pdf = await view.pdf(file)
      expectPaper(pdf, paper)
      // Table cells wrap, so words are looked for one by one in the flattened text.
      const flat = pdf.text.replace(/\s+/g, ' ')
      for (const words of ['Progress report', 'Whole team', 'Rescues (role #4)', 'Acme', 'Umbrella', 'Dana', 'Lee Park', '$42,000', '$900,000', 'avoidable', 'Interstate']) {
        expect(flat, words).toContain(words)
      }
      // Who started a takeover and the fear behind it are the manager's own (docs/privacy.md).
      for (const words of [PRIVATE, 'I stepped in', 'My own boss was watching']) expect(flat, words).not.toContain(words)

      // The running header (the period) and the page number are on every page.
      const pages = pdf.text.split('\f').filter((text) => text.trim() !== '')
      expect(pages).toHaveLength(pdf.pages)
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain('Coachbook progress report')
        expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pages}`)
      })

      // Each chart's area under its caption has ink on the rasterised page: none printed blank.
      const words = pdfWords(file)
      for (const caption of ['Rescue rate by', 'Roles played on', 'Planned role', 'Asking, not telling,']) {
        const at = findWords(words, caption)
        expect(at, caption).toBeDefined()
        if (!at) continue
        const share = inkShare(file, at.page, { x: at.xMin, y: at.yMax + 4, width: 230, height: 140 })
        expect(share, caption).toBeGreaterThan(0.01)
      }
    })
  })
}

test('a report period that is not real says so instead of printing', async ({ page, server, journal }) => {
  await journal.connect()
  await page.goto(`${server.origin}/#/print/report?from=2026-03-31&to=2026-01-01`)
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'error')
  await expect(page.locator('[data-print-error]')).toContainText('Choose a period')
})

test.describe('the Print buttons in a browser tab', () => {
  for (const screen of [
    { name: 'call', path: (data: CoachingJournal) => `/calls/${data.rescued.id}`, button: 'Print the debrief sheet', title: /Debrief sheet — Dana Ortiz/ },
    { name: 'rep', path: (data: CoachingJournal) => `/reps/${data.dana.id}`, button: 'Save as PDF: the one-on-one sheet', title: /One-on-one — Dana Ortiz/ },
    { name: 'insights', path: () => '/insights?period=90d', button: 'Print the progress report', title: /Progress report — Whole team/ },
  ]) {
    test(`open the ${screen.name}'s print view in a new tab, which opens the print dialog once ready`, async ({ page, server, journal, context }) => {
      // window.print() would block a headless tab; record the call instead, in every page of the context.
      await context.addInitScript({
        content: 'window.print = () => { document.documentElement.dataset.printed = String(document.documentElement.dataset.printReady) }',
      })
      const data = await seed(journal, 'a4')
      await new AppShell(page, server).open(screen.path(data))
      const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: screen.button }).click()])
      await expect(tab.locator('html')).toHaveAttribute('data-print-ready', 'true')
      // print() ran only after the view said it was ready.
      await expect(tab.locator('html')).toHaveAttribute('data-printed', 'true')
      await expect(tab).toHaveTitle(screen.title)
      await expect(tab.locator('body')).not.toContainText(PRIVATE)
    })
  }
})
