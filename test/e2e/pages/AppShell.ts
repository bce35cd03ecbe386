import { expect, type Locator, type Page } from '@playwright/test'
import type { CoachbookServer } from '../server'

/** The frame every screen shares, and the way into the app: the link the server printed. */
export class AppShell {
  readonly nav: Locator
  readonly main: Locator
  readonly heading: Locator
  readonly skipLink: Locator
  /** Confirmations ("Added Dana Ortiz") appear here. */
  readonly notices: Locator

  constructor(
    readonly page: Page,
    readonly server: CoachbookServer,
  ) {
    this.nav = page.getByRole('navigation', { name: 'Main' })
    this.main = page.getByRole('main')
    this.heading = page.getByRole('heading', { level: 1 })
    this.skipLink = page.getByRole('link', { name: 'Skip to content' })
    this.notices = page.getByRole('status').filter({ has: page.locator('.toast') })
  }

  /** Opens the server's link (which sets the session) at a route, e.g. `/reps`, and waits until ready. */
  async open(route = '/'): Promise<void> {
    await this.page.goto(`${this.server.url}#${route}`)
    await this.ready()
  }

  /**
   * The shell marks `data-app-ready` once its first data has loaded and nothing is loading. A
   * bound, not a wait: a worker's first page (a cold browser, the unit tests still running beside
   * it on a slow machine) has been seen to need more than the usual 10 s.
   */
  async ready(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-ready', 'true', { timeout: 20_000 })
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.ready()
  }

  async goTo(label: 'Home' | 'Calls' | 'Reps' | 'Insights' | 'Settings'): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: true }).click()
    await expect(this.heading).toHaveText(label)
  }
}
