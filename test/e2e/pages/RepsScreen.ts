import { expect, type Locator, type Page } from '@playwright/test'

export type RepFields = { name: string; title?: string; startedOn?: string }

/** The Reps screen and its add/edit dialog. */
export class RepsScreen {
  readonly heading: Locator
  readonly addButton: Locator
  readonly dialog: Locator
  readonly table: Locator
  readonly emptyState: Locator
  readonly showArchived: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Reps' })
    this.addButton = page.getByRole('button', { name: 'Add rep', exact: true })
    this.dialog = page.getByRole('dialog')
    this.table = page.getByRole('table', { name: 'Reps' })
    this.emptyState = page.getByRole('region', { name: 'No reps yet' })
    this.showArchived = page.getByRole('checkbox', { name: 'Show archived reps' })
  }

  field(label: 'Name' | 'Title' | 'Start date'): Locator {
    return this.dialog.getByLabel(label, { exact: label === 'Name' })
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  /** Names of the listed reps, in order. */
  async names(): Promise<string[]> {
    return this.table.locator('tbody th').allInnerTexts()
  }

  async fill(fields: Partial<RepFields>): Promise<void> {
    if (fields.name !== undefined) await this.field('Name').fill(fields.name)
    if (fields.title !== undefined) await this.field('Title').fill(fields.title)
    if (fields.startedOn !== undefined) await this.field('Start date').fill(fields.startedOn)
  }

  async addRep(fields: RepFields): Promise<void> {
    await this.addButton.click()
    await expect(this.dialog).toBeVisible()
    await this.fill(fields)
    await this.dialog.getByRole('button', { name: 'Save rep' }).click()
    await expect(this.dialog).toBeHidden()
    await expect(this.row(fields.name)).toBeVisible()
  }

  async edit(name: string, fields: Partial<RepFields>): Promise<void> {
    await this.row(name).getByRole('button', { name: `Edit ${name}` }).click()
    await expect(this.dialog).toBeVisible()
    await this.fill(fields)
    await this.dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(this.dialog).toBeHidden()
  }

  async archive(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Archive ${name}` }).click()
  }
}
