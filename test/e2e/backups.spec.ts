import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { BackupsSection } from './pages/BackupsSection'
import { RecoveryScreen } from './pages/RecoveryScreen'
import { RepsScreen } from './pages/RepsScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'
import { scribbleOverMiddle, scribbleOverRowsOf } from './support/damage'
import type { CoachbookServer } from './server'

/** After a restore or a salvage: the journal opens as usual, with the rep it held. */
async function openRecoveredJournalWithDana(page: Page, server: CoachbookServer, recovery: RecoveryScreen): Promise<void> {
  await recovery.openJournal.click()
  const app = new AppShell(page, server)
  await app.ready()
  await app.goTo('Reps')
  await expect(new RepsScreen(page).row('Dana Ortiz')).toBeVisible()
}

test.describe('Settings → Backups', () => {
  test('lists what each backup holds, takes one on demand, and restores one after saying the journal is kept first', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    await journal.addCall({ repId: dana.id, date: '2026-11-02', account: 'Acme Corp' })
    const app = new AppShell(page, server)
    const backups = new BackupsSection(page)
    await app.open('/settings')

    await backups.backUpNow.click()
    await expect(app.notices).toContainText('Backed up the journal: the backup from')
    const byHand = backups.rowsOf('Taken by hand')
    await expect(byHand).toHaveCount(1)
    await expect(byHand).toContainText('1 rep, 1 call, 0 sessions')
    await expect(byHand.getByRole('cell').nth(2)).toHaveText(/^\d+ KB$/)
    await expect(backups.region).toContainText(join(server.dataDir, 'backups'))

    await journal.addRep({ name: 'Marcus Lee' })
    await backups.rowsOf('Taken by hand').getByRole('button', { name: /^Restore/ }).click()
    await expect(backups.dialog).toContainText('1 rep, 1 call, 0 sessions')
    await expect(backups.dialog).toContainText('A copy of the journal as it is now is kept first')
    await expectNoAxeViolationsLightAndDark(page, 'the restore confirmation')
    await backups.dialog.getByRole('button', { name: 'Restore', exact: true }).click()
    await expect(backups.dialog).toBeHidden()
    await expect(app.notices).toContainText('Restored the backup from')
    await expect(backups.rowsOf('Before a restore')).toContainText('2 reps, 1 call, 0 sessions')

    await app.goTo('Reps')
    const reps = new RepsScreen(page)
    await expect(reps.row('Dana Ortiz')).toBeVisible()
    await expect(reps.row('Marcus Lee')).toHaveCount(0)
  })

  test('has no axe violations, light and dark, with backups listed', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    await journal.call('backups.create', {})
    const app = new AppShell(page, server)
    await app.open('/settings')
    await expect(new BackupsSection(page).rowsOf('Taken by hand')).toHaveCount(1)
    await expectNoAxeViolationsLightAndDark(page, 'settings with backups')
  })
})

test.describe('a journal that needs recovery', () => {
  test('a damaged journal opens the recovery screen, which restores the newest good backup', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    for (let day = 1; day <= 28; day++) {
      await journal.addCall({ repId: dana.id, date: `2026-11-${String(day).padStart(2, '0')}`, account: `Account ${day}`, opportunity: 'A long enough opportunity name to fill the pages '.repeat(4) })
    }
    await journal.call('backups.create', {})
    await server.stop()
    scribbleOverMiddle(join(server.dataDir, 'coachbook.db'))
    await server.start()

    const recovery = new RecoveryScreen(page)
    await page.goto(server.url)
    await recovery.shown()
    await expect(recovery.problem).toContainText('is damaged')
    const restore = recovery.section('Restore a backup')
    await expect(restore).toContainText(/The newest backup that reads well is the backup from .+ \(1 rep, 28 calls, 0 sessions\)/)
    await expect(recovery.section('Open another folder')).toContainText('coachbook serve --data-dir')
    await expectNoAxeViolationsLightAndDark(page, 'the recovery screen')

    await recovery.restoreNewest.click()
    await recovery.confirm('Restore this backup?', 'Restore')
    await expect(recovery.outcome).toContainText('Restored the backup from')
    await expect(recovery.outcome).toContainText('The damaged file is kept in')
    await openRecoveredJournalWithDana(page, server, recovery)
  })

  test('without a backup, salvage reads what can be read into a new journal and says how much', async ({ page, server, journal }) => {
    await journal.connect()
    const dana = await journal.addRep({ name: 'Dana Ortiz' })
    for (let day = 1; day <= 28; day++) {
      await journal.addCall({ repId: dana.id, date: `2026-11-${String(day).padStart(2, '0')}`, account: `Account ${day}`, opportunity: 'A long enough opportunity name to fill the pages '.repeat(4) })
    }
    await server.stop()
    scribbleOverRowsOf(join(server.dataDir, 'coachbook.db'), 'calls')
    await server.start()

    const recovery = new RecoveryScreen(page)
    await page.goto(server.url)
    await recovery.shown()
    await expect(recovery.section('Restore a backup')).toContainText('There is no backup of this journal that can be read')
    await recovery.salvage.click()
    await recovery.confirm('Salvage into a new journal?', 'Salvage')
    await expect(recovery.outcome).toContainText(/Saved 1 rep, \d+ calls .+ into a new journal\./)
    await expect(recovery.outcome).toContainText('The damaged journal is kept, byte for byte, in')
    await openRecoveredJournalWithDana(page, server, recovery)
  })

  test('an empty journal file is named as such and never replaced by a fresh journal', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    await journal.call('backups.create', {})
    await server.stop()
    writeFileSync(join(server.dataDir, 'coachbook.db'), '')
    await server.start()

    const recovery = new RecoveryScreen(page)
    await page.goto(`${server.url}`)
    await recovery.shown()
    await expect(recovery.problem).toContainText('is empty (0 bytes)')
    await expect(recovery.section('Restore a backup')).toContainText('(1 rep, 0 calls, 0 sessions)')
  })

  test('works from the keyboard: the restore is reached by Tab, asks first with Cancel focused, and Escape changes nothing', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    await journal.call('backups.create', {})
    await server.stop()
    writeFileSync(join(server.dataDir, 'coachbook.db'), '')
    await server.start()

    const recovery = new RecoveryScreen(page)
    await page.goto(server.url)
    await recovery.shown()
    // An empty file has nothing for SQLite to report: the first stop is the restore itself.
    await page.keyboard.press('Tab')
    await expect(recovery.restoreNewest).toBeFocused()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(recovery.restoreNewest).toBeFocused()
    await expect(recovery.heading).toHaveText('Your journal needs your attention')
    await page.keyboard.press('Tab')
    // One backup, so no list of others: salvage comes next.
    await expect(recovery.salvage).toBeFocused()
  })
})
