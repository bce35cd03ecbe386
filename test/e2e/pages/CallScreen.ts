import { expect, type Locator, type Page } from '@playwright/test'
import type { CallFields } from './CallsScreen'
import { CallsScreen } from './CallsScreen'

/** One call's page: its details, the state of its pre-brief and debrief, and its actions. */
export class CallScreen {
  readonly heading: Locator
  readonly details: Locator
  readonly coaching: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.details = page.getByRole('region', { name: 'Details' })
    this.coaching = page.getByRole('region', { name: 'Coaching' })
    this.dialog = page.getByRole('dialog')
  }

  /** The value shown for a label in the details list, e.g. `detail('Deal value')`. */
  detail(label: string): Locator {
    return this.details.locator(`dt:text-is("${label}") + dd`)
  }

  async edit(fields: CallFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit details' }).click()
    await expect(this.dialog).toBeVisible()
    await new CallsScreen(this.page).fill(fields)
    await this.dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(this.dialog).toBeHidden()
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect(this.dialog).toBeVisible()
    await this.dialog.getByRole('button', { name: 'Delete call' }).click()
  }
}
