import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { JournalFile } from '../../shared/journalFile'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { CallsScreen } from './pages/CallsScreen'
import { ExchangeScreen } from './pages/ExchangeScreen'
import { CoachbookServer } from './server'
import { expectNoAxeViolations as expectNoViolations, expectNoAxeViolationsLightAndDark, resizeWindow, WINDOW_SIZES } from './support/axe'

/** test/fixtures/journal-small.json: 3 reps, 12 calls, 5 sessions. */
const readFixture = () => readFileSync(resolve('test/fixtures/journal-small.json'), 'utf8')

/** A contract call against a given server, with that server's token. */
function callOn<T>(page: Page, server: CoachbookServer, channel: string, input: unknown): Promise<T> {
  return server.call<T>(page.request, channel, input)
}

test.describe('import and export', () => {
  test('the journal backup downloaded from the UI imports into a fresh journal through the wizard', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.call('journal.import', { text: readFixture() })
    const app = new AppShell(page, server)
    const exchange = new ExchangeScreen(page)
    await app.open('/exchange')
    await expect(exchange.heading).toBeVisible()
    await expect(page.getByText('It includes everything, private notes included')).toBeVisible()
    await expectNoViolations(page)

    const backup = await exchange.download('Download backup (.json)')
    expect(backup.suggestedFilename()).toMatch(/^coachbook-journal-\d{4}-\d{2}-\d{2}\.json$/)
    const backupPath = await backup.path()
    const file = JSON.parse(await readFile(backupPath, 'utf8')) as JournalFile
    expect(file.calls).toHaveLength(12)

    const calls = await exchange.download('Download calls (.csv)')
    const csv = await readFile(await calls.path())
    expect([...csv.subarray(0, 3)], 'the CSV starts with a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf])
    expect(csv.toString('utf8')).toContain('date,time,rep,account,opportunity,deal_value')
    expect(csv.toString('utf8')).not.toContain('End of quarter fear')

    // A second, empty journal on its own server.
    const freshDir = await mkdtemp(join(tmpdir(), 'coachbook-e2e-fresh-'))
    const fresh = new CoachbookServer(freshDir)
    try {
      await fresh.start()
      const freshApp = new AppShell(page, fresh)
      await freshApp.open('/exchange')
      await exchange.choose(backupPath)
      await expect(page.getByLabel('Read it as')).toHaveValue('json')
      await exchange.expectStep('Check what changes')
      const counts = page.getByRole('table', { name: 'What importing this file would do' })
      await expect(counts.getByRole('row', { name: /Reps/ })).toContainText('3')
      await expect(counts.getByRole('row', { name: /Calls/ })).toContainText('12')
      await expect(page.getByRole('table', { name: 'First calls in the file' })).toContainText('Acme Corp')
      await expectNoViolations(page)
      expect(await callOn<unknown[]>(page, fresh, 'reps.list', {}), 'the preview wrote nothing').toEqual([])

      await exchange.button('Import journal file').click()
      await exchange.expectStep('Journal file imported')
      await expect(page.getByRole('status').filter({ hasText: 'Added 20 records' })).toBeVisible()

      const after = await callOn<JournalFile>(page, fresh, 'journal.export', {})
      const strip = (j: JournalFile) => ({ ...j, exportedAt: '' })
      expect(strip(after)).toEqual(strip(file))

      await freshApp.goTo('Calls')
      await expect(new CallsScreen(page).row('Soylent Foods')).toContainText('Dana Ortiz')
    } finally {
      await fresh.stop()
      await rm(freshDir, { recursive: true, force: true })
    }
  })

  test('a CSV of past calls goes through the column step, shows its problems, matches a name to a rep, and imports once', async ({
    page,
    server,
    journal,
  }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    // The CRM calls him Jamie.
    const james = await journal.addRep({ name: 'James Fox' })
    const app = new AppShell(page, server)
    const exchange = new ExchangeScreen(page)
    await app.open('/exchange')

    const rows = [
      'Activity Date;Owner;Org;Amount;Stage;Role played',
      '11/02/2026;DANA ORTIZ;Acme Corp;$42.000,00;Proposal;Crutch',
      '11/03/2026;Jamie Fox;Globex;480.000;negotiation;',
      '11/04/2026;Sam Reed;Hooli;;;',
    ]
    const bad = { name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from([...rows, '11/31/2026;Jamie Fox;Initech;;pitching;'].join('\r\n')) }
    await exchange.choose(bad)
    await exchange.expectStep('Match the columns')
    await expect(exchange.column('Date')).toHaveValue('Activity Date')
    await expect(exchange.column('Rep name')).toHaveValue('Owner')
    await expect(exchange.column('Actual role')).toHaveValue('Role played')
    await expect(exchange.column('Account'), '"Org" is not a name the guess knows').toHaveValue('')
    await expect(page.getByRole('region', { name: 'First rows of the file' })).toContainText('Globex')
    await expectNoViolations(page)

    await exchange.column('Account').selectOption('Org')
    await page.getByLabel('Dates', { exact: true }).selectOption('MM/DD/YYYY')
    await page.getByRole('checkbox', { name: /Decimal comma/ }).check()
    await exchange.button('Check the rows').click()
    await exchange.expectStep('Check the rows')
    const problems = page.getByRole('table', { name: 'Problems found in the file' })
    await expect(problems.getByRole('row')).toHaveCount(3)
    await expect(problems.getByRole('row').nth(1)).toContainText('5Activity Date')
    await expect(problems.getByRole('row').nth(2)).toContainText('Stage')
    await expect(exchange.button('Import 3 calls')).toBeDisabled()
    await expectNoViolations(page)
    expect(await journal.call<unknown[]>('reps.list', {}), 'nothing written while there are problems').toHaveLength(2)

    // The corrected file.
    await exchange.choose({ ...bad, buffer: Buffer.from(rows.join('\r\n')) })
    await exchange.column('Account').selectOption('Org')
    await page.getByLabel('Dates', { exact: true }).selectOption('MM/DD/YYYY')
    await page.getByRole('checkbox', { name: /Decimal comma/ }).check()
    await exchange.button('Check the rows').click()
    await exchange.expectStep('Check the rows')
    await expect(exchange.summaryValue('Calls to add')).toHaveText('3')
    await expect(exchange.summaryValue('New reps')).toHaveText('Jamie Fox, Sam Reed')
    const asCalls = page.getByRole('region', { name: 'First rows as calls' })
    await expect(asCalls).toContainText('$42,000')
    await expect(asCalls).toContainText('Played: Crutch')

    // Jamie Fox is James Fox: chosen by typing on the name's select, as a keyboard user would. One
    // letter: a select forgets what was typed after a pause, and on a busy machine "James" typed
    // slowly would go to "Add as a new rep" on its "a".
    await expect(exchange.repFor('Jamie Fox')).toHaveValue('')
    await exchange.repFor('Jamie Fox').focus()
    await page.keyboard.type('J')
    await expect(exchange.repFor('Jamie Fox')).toHaveValue(james.id)
    await expect(exchange.summaryValue('New reps')).toHaveText('Sam Reed')
    await expect(asCalls.getByRole('row', { name: /Globex/ })).toContainText('Jamie Fox as James Fox')
    await expect(exchange.repFor('Jamie Fox'), 'focus stays on the choice while the rows are checked again').toBeFocused()
    for (const size of WINDOW_SIZES) {
      await resizeWindow(page, size)
      await expectNoAxeViolationsLightAndDark(page, `the rows with a name to match at ${size.width}×${size.height}`)
    }
    expect(await journal.call<unknown[]>('reps.list', {}), 'nothing written before the import').toHaveLength(2)

    await page.getByRole('checkbox', { name: /Remember these choices/ }).check()
    await page.getByLabel('Name', { exact: true }).fill('Our CRM')
    await exchange.button('Import 3 calls').click()
    await exchange.expectStep('Calls imported')
    await expect(page.getByRole('status').filter({ hasText: 'Added 3 calls and 1 new rep' })).toBeVisible()

    await page.getByRole('link', { name: 'See your calls' }).click()
    const callsScreen = new CallsScreen(page)
    await expect(callsScreen.row('Globex')).toContainText('James Fox')
    await expect(callsScreen.row('Acme Corp')).toContainText('Dana Ortiz')

    // The same file and one more row: the saved columns and the match come back; only the new row is added.
    await app.nav.getByRole('link', { name: 'Import & export' }).click()
    await expect(exchange.heading).toBeVisible()
    await exchange.choose({ ...bad, buffer: Buffer.from([...rows, '11/05/2026;Jamie Fox;Initech;;;'].join('\r\n')) })
    await expect(page.getByText('Using your saved column choices “Our CRM”')).toBeVisible()
    await expect(exchange.column('Account')).toHaveValue('Org')
    await exchange.button('Check the rows').click()
    await expect(exchange.summaryValue('Already in your journal')).toHaveText('3')
    await expect(exchange.repFor('Jamie Fox')).toHaveValue(james.id)
    await expect(exchange.summaryValue('New reps')).toHaveText('None')
    await exchange.button('Import 1 call').click()
    await exchange.expectStep('Calls imported')
    const initech = (await journal.call<{ items: { account: string; repId: string }[] }>('calls.list', {})).items.find((c) => c.account === 'Initech')
    expect(initech?.repId).toBe(james.id)
    expect(await journal.call<unknown[]>('reps.list', {})).toHaveLength(3)
  })

  test('calendar meetings become planned calls for the chosen reps', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    await journal.addRep({ name: 'Marcus Lee' })
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//e2e//EN',
      'BEGIN:VEVENT', 'UID:e2e-1', 'DTSTAMP:20260101T000000Z', 'DTSTART:20261102T143000Z', 'SUMMARY:Call with Acme Corp',
      'ATTENDEE;CN=Dana Ortiz:mailto:dana@example.com', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:e2e-2', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20261104', 'SUMMARY:Quarterly review', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n')
    const app = new AppShell(page, server)
    const exchange = new ExchangeScreen(page)
    await app.open('/exchange')
    await exchange.choose({ name: 'calendar.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) })
    await exchange.expectStep('Choose the meetings')
    await page.getByLabel('From', { exact: true }).last().fill('2026-10-01')
    await page.getByLabel('To', { exact: true }).last().fill('2026-12-31')
    await exchange.button('Show meetings').click()
    const acme = page.getByRole('checkbox', { name: /^Import Call with Acme Corp/ })
    await expect(acme).toBeChecked()
    await expect(page.getByRole('combobox', { name: /^Rep for Call with Acme Corp/ })).toHaveValue(dana.id)
    const review = page.getByRole('checkbox', { name: /^Import Quarterly review/ })
    await expect(review, 'no guest is a rep: left unticked').not.toBeChecked()
    await expectNoViolations(page)

    await review.check()
    await exchange.button('Import 2 meetings').click()
    await expect(page.getByText('Choose a rep for the ticked meeting without one.')).toBeVisible()
    await page.getByRole('combobox', { name: /^Rep for Quarterly review/ }).selectOption({ label: 'Marcus Lee' })
    await page.getByRole('textbox', { name: /^Account for Quarterly review/ }).fill('Hooli')
    await exchange.button('Import 2 meetings').click()
    await exchange.expectStep('Meetings imported')

    await app.goTo('Calls')
    const callsScreen = new CallsScreen(page)
    await expect(callsScreen.row('Acme Corp')).toContainText('Dana Ortiz')
    await expect(callsScreen.row('Hooli')).toContainText('Marcus Lee')
  })
})

test.describe('importing an older journal file', () => {
  test('keeps what the journal changed since, says so in the preview, and takes the file’s versions only when asked', async ({
    page,
    server,
    journal,
  }) => {
    await journal.connect()
    const rep = await journal.addRep({ name: 'Dana Ortiz', title: 'SDR' })
    // Last week's backup, then a week of work.
    const older = await journal.call<JournalFile>('journal.export', {})
    await journal.updateRep({ id: rep.id, title: 'Account Executive' })
    const olderFile = { name: 'coachbook-journal-last-week.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) }

    const app = new AppShell(page, server)
    const exchange = new ExchangeScreen(page)
    await app.open('/exchange')
    await exchange.choose(olderFile)
    await exchange.expectStep('Check what changes')
    const counts = page.getByRole('table', { name: 'What importing this file would do' })
    await expect(counts.getByRole('row', { name: /Reps/ })).toHaveText(/Reps\s*0\s*0\s*0\s*1/)
    await expect(page.getByRole('status').filter({ hasText: '1 record in your journal is newer than in this file' })).toContainText(
      'They are kept',
    )
    await expect(page.getByRole('checkbox', { name: 'Replace them with the file’s older versions instead' })).not.toBeChecked()
    await expectNoViolations(page)

    await exchange.button('Import journal file').click()
    await exchange.expectStep('Journal file imported')
    await expect(page.getByRole('status').filter({ hasText: 'kept their newer version' })).toBeVisible()
    expect((await journal.call<{ title: string | null }>('reps.get', { id: rep.id })).title).toBe('Account Executive')

    // Stepping back is possible, but only on purpose.
    await exchange.button('Import another file').click()
    await exchange.choose(olderFile)
    await exchange.expectStep('Check what changes')
    await page.getByRole('checkbox', { name: 'Replace them with the file’s older versions instead' }).check()
    await exchange.button('Import journal file').click()
    await exchange.expectStep('Journal file imported')
    await expect(page.getByRole('status').filter({ hasText: 'now hold the file’s older version' })).toBeVisible()
    expect((await journal.call<{ title: string | null }>('reps.get', { id: rep.id })).title).toBe('SDR')
  })
})
