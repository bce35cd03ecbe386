import type { Locator, Page } from '@playwright/test'

/** Home: what to plan, what to debrief, this month's rescues, recent activity. */
export class HomeScreen {
  readonly plan: Locator
  readonly debrief: Locator
  readonly rescues: Locator
  readonly rescueCount: Locator
  readonly activity: Locator

  constructor(readonly page: Page) {
    this.plan = page.getByRole('region', { name: 'Plan before the call' })
    this.debrief = page.getByRole('region', { name: 'Look back after the call' })
    this.rescues = page.getByRole('region', { name: 'Times you took over this month' })
    this.rescueCount = this.rescues.getByTestId('rescue-count')
    this.activity = page.getByRole('region', { name: 'Recent activity' })
  }

  /** The list entry of a call, by the name its link shows. */
  upcoming(title: string): Locator {
    return this.plan.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }

  awaiting(title: string): Locator {
    return this.debrief.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }
}
