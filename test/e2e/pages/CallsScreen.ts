import { expect, type Locator, type Page } from '@playwright/test'

export type CallFields = {
  rep?: string
  date?: string
  time?: string
  account?: string
  opportunity?: string
  dealValue?: string
  stage?: string
  stakes?: 'Automatic' | 'Sidewalk' | 'Interstate'
}

/** The Calls list and the call form (shared with the call's own page). */
export class CallsScreen {
  readonly heading: Locator
  readonly newCallButton: Locator
  readonly dialog: Locator
  readonly table: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Calls' })
    this.newCallButton = page.getByRole('button', { name: 'New call', exact: true })
    this.dialog = page.getByRole('dialog')
    this.table = page.getByRole('table', { name: 'Calls, newest first' })
  }

  emptyState(title: 'No calls yet' | 'Add your first rep'): Locator {
    return this.page.getByRole('region', { name: title })
  }

  /** A row by the name its link shows (the account, else the opportunity). */
  row(account: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: account, exact: true }) })
  }

  /** The linked names of the listed calls, top to bottom. */
  async accounts(): Promise<string[]> {
    return this.table.locator('tbody th a').allInnerTexts()
  }

  async fill(fields: CallFields): Promise<void> {
    const form = this.dialog
    if (fields.rep !== undefined) await form.getByLabel('Rep').selectOption({ label: fields.rep })
    if (fields.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(fields.date)
    if (fields.time !== undefined) await form.getByLabel('Time').fill(fields.time)
    if (fields.account !== undefined) await form.getByLabel('Account').fill(fields.account)
    if (fields.opportunity !== undefined) await form.getByLabel('Opportunity').fill(fields.opportunity)
    if (fields.dealValue !== undefined) await form.getByLabel(/^Deal value/).fill(fields.dealValue)
    if (fields.stage !== undefined) await form.getByLabel('Stage').selectOption({ label: fields.stage })
    if (fields.stakes !== undefined) await form.getByRole('radio', { name: fields.stakes }).check()
  }

  async addCall(fields: CallFields): Promise<void> {
    await this.newCallButton.click()
    await expect(this.dialog).toBeVisible()
    await this.fill(fields)
    await this.dialog.getByRole('button', { name: 'Save call' }).click()
    await expect(this.dialog).toBeHidden()
  }

  async open(account: string): Promise<void> {
    await this.row(account).getByRole('link', { name: account, exact: true }).click()
  }
}
