import type { Locator, Page } from '@playwright/test'

/** One rep's page: header actions, summary, open skills, lessons, root causes and timeline. */
export class RepScreen {
  readonly heading: Locator
  readonly openSkills: Locator
  readonly lessons: Locator
  readonly rootCauses: Locator
  readonly timeline: Locator
  readonly logSession: Locator

  constructor(
    readonly page: Page,
    readonly repName: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.openSkills = page.getByRole('region', { name: 'Open skills to drill' })
    this.lessons = page.getByRole('region', { name: 'Lessons from lost deals' })
    this.rootCauses = page.getByRole('region', { name: 'Root causes' })
    this.timeline = page.getByRole('table', { name: `Calls with ${repName} and coaching sessions, newest first` })
    this.logSession = page.getByRole('button', { name: 'Log a coaching session' }).first()
  }

  rescues(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Times you took over for ${this.repName}`) })
  }

  /** One skill to drill, open or folded away, by its words. */
  skill(name: string): Locator {
    return this.openSkills.getByRole('listitem', { name, exact: true })
  }

  /** A timeline row by the name of its link. */
  row(title: string): Locator {
    return this.timeline.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }
}
