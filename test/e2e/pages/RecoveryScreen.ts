import { expect, type Locator, type Page } from '@playwright/test'

/** The screen shown instead of the app when the journal needs recovery. */
export class RecoveryScreen {
  readonly heading: Locator
  readonly problem: Locator
  readonly restoreNewest: Locator
  readonly salvage: Locator
  readonly outcome: Locator
  readonly openJournal: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.problem = page.locator('.recovery__lead')
    this.restoreNewest = page.getByRole('button', { name: 'Restore this backup' })
    this.salvage = page.getByRole('button', { name: 'Salvage into a new journal' })
    this.outcome = page.getByRole('status').filter({ has: page.locator('p') })
    this.openJournal = page.getByRole('button', { name: 'Open the journal' })
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name })
  }

  /** Opened on the server's link: the page gives way to this screen and says it is ready. */
  async shown(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'recovery')
    await expect(this.page.locator('html')).toHaveAttribute('data-app-ready', 'true')
    await expect(this.heading).toHaveText('Your journal needs your attention')
  }

  async confirm(dialogName: string, button: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: dialogName })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: button, exact: true }).click()
    await expect(this.heading).toHaveText('Your journal is back')
  }
}
