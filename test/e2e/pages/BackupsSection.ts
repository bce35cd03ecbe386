import { expect, type Locator, type Page } from '@playwright/test'

/** Settings → Backups: the list of backups, "Back up now" and restoring one. */
export class BackupsSection {
  readonly region: Locator
  readonly backUpNow: Locator
  readonly rows: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Backups' })
    this.backUpNow = this.region.getByRole('button', { name: 'Back up now' })
    this.rows = this.region.getByRole('row').filter({ has: page.getByRole('rowheader') })
    this.dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  }

  /** The rows of one kind of backup, e.g. "Taken by hand" or "Before a restore". */
  rowsOf(kind: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) })
  }

  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^Restore/ }).click()
    await expect(this.dialog).toBeVisible()
    await this.dialog.getByRole('button', { name: 'Restore', exact: true }).click()
    await expect(this.dialog).toBeHidden()
  }
}
