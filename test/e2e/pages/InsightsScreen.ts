import { expect, type Locator, type Page } from '@playwright/test'

/** The Insights screen: period and rep, the rescue headline with its calls, and the chart cards. */
export class InsightsScreen {
  readonly period: Locator
  readonly rep: Locator
  readonly rescueCount: Locator
  readonly ready: Locator
  /** The headline in words: this period against the one before. */
  readonly story: Locator
  /** The lost sidewalk deals that became lessons. */
  readonly lessons: Locator

  constructor(readonly page: Page) {
    this.period = page.getByLabel('Period', { exact: true })
    this.rep = page.getByLabel('Rep', { exact: true })
    this.rescueCount = page.getByTestId('rescue-count')
    this.ready = page.getByTestId('insights-ready')
    this.story = page.getByTestId('insights-story')
    this.lessons = page.getByTestId('sidewalk-lessons')
  }

  /** Opens (or closes) the list of the period's crutch calls under the headline. */
  crutchCallsToggle(): Locator {
    return this.page.locator('.insights-headline summary')
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  /** Opens a card's table view and answers the table. */
  async openTable(title: string): Promise<Locator> {
    const card = this.card(title)
    await card.getByText('Show table', { exact: true }).click()
    const table = card.getByRole('table')
    // The table is built when opened: wait for it before reading rows.
    await expect(table.locator('tbody tr').first()).toBeVisible()
    return table
  }

  /** A table's body rows as the text of their cells. */
  async rows(table: Locator): Promise<string[][]> {
    const rows = table.locator('tbody tr')
    const result: string[][] = []
    for (let i = 0; i < (await rows.count()); i++) {
      result.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((text) => text.trim()))
    }
    return result
  }
}
