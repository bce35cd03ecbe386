import type { Locator, Page } from '@playwright/test'

/** The search screen: the box, the filters and the results. */
export class SearchScreen {
  readonly box: Locator
  readonly filters: Locator
  readonly results: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search your journal' })
    this.filters = page.getByRole('group', { name: 'Filters' })
    this.results = page.getByRole('list', { name: 'Search results' })
    this.status = page.locator('.search-status')
  }

  result(title: string): Locator {
    return this.results.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }

  /** The titles of the results, top to bottom. */
  async titles(): Promise<string[]> {
    return this.results.locator('a[data-result-link]').allInnerTexts()
  }

  filter(label: 'Rep' | 'Show' | 'Planned role' | 'Role you played' | 'Outcome' | 'From' | 'To'): Locator {
    return this.filters.getByLabel(label, { exact: true })
  }
}
