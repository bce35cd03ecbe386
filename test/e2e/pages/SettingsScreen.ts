import { expect, type Locator, type Page } from '@playwright/test'

/** Settings: the journal's figures (autosaved) and where the journal lives. */
export class SettingsScreen {
  readonly threshold: Locator
  readonly currency: Locator
  readonly saveStatus: Locator
  readonly dataLocation: Locator

  constructor(readonly page: Page) {
    this.threshold = page.getByLabel(/^Interstate threshold/)
    this.currency = page.getByLabel('Currency', { exact: true })
    this.saveStatus = page.locator('.save-indicator [role="status"]')
    this.dataLocation = page.getByRole('region', { name: 'Where your journal lives' })
  }

  async setThreshold(value: string): Promise<void> {
    await this.threshold.fill(value)
    await expect(this.saveStatus).toHaveText('Saved')
  }

  /** The message shown under a field, found through the field's own description. */
  async errorOf(field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'))
    if (ids.length === 0) return ''
    return (await this.page.locator(`[id="${ids[0]}"]`).textContent()) ?? ''
  }
}
