import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The Import & export screen (#/exchange): the three downloads and the import wizard. */
export class ExchangeScreen {
  readonly heading: Locator
  readonly fileInput: Locator
  readonly stepHeading: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import & export' })
    this.fileInput = page.getByLabel('File to import')
    this.stepHeading = page.locator('.import-step__heading')
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** Clicks a download button and answers the file the browser received. */
  async download(buttonName: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(buttonName).click()])
    return download
  }

  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput.setInputFiles(file)
  }

  async expectStep(name: string): Promise<void> {
    await expect(this.stepHeading).toHaveText(name)
  }

  /** The select for one target field on the column step. */
  column(label: string): Locator {
    return this.page.getByRole('group', { name: 'Columns' }).getByLabel(label)
  }

  /** The rep chosen for a name in the file that none of the reps has, on the row check. */
  repFor(name: string): Locator {
    return this.page.getByRole('group', { name: 'Names with no rep' }).getByLabel(name, { exact: true })
  }

  summaryValue(term: string): Locator {
    return this.page.locator('.import-summary div').filter({ has: this.page.locator('dt', { hasText: term }) }).locator('dd')
  }
}
