import { expect, type Locator, type Page } from '@playwright/test'
import type { SessionKind } from '../../../shared/domain'
import { SESSION_KIND_LABELS } from '../../../shared/labels'
import { clickToType } from '../support/richText'

export type SessionFields = { rep?: string; date?: string; kind?: SessionKind; skill?: string; minutes?: string; notes?: string }

/** The sessions list, the log-a-session dialog and a session's own (autosaving) screen. */
export class SessionsScreen {
  readonly heading: Locator
  readonly dialog: Locator
  readonly table: Locator
  readonly saveStatus: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.dialog = page.getByRole('dialog', { name: 'Log a coaching session' })
    this.table = page.getByRole('table', { name: /^Coaching sessions/ })
    this.saveStatus = page.locator('.save-indicator [role="status"]')
  }

  /** Fills the fields of the dialog or of the edit screen (`scope`). */
  async fill(fields: SessionFields, scope: Locator = this.dialog): Promise<void> {
    if (fields.rep !== undefined) await scope.getByLabel('Rep', { exact: true }).selectOption({ label: fields.rep })
    if (fields.date !== undefined) await scope.getByLabel('Date', { exact: true }).fill(fields.date)
    if (fields.kind !== undefined) await scope.getByRole('radio', { name: new RegExp(`^${SESSION_KIND_LABELS[fields.kind]}`) }).check()
    if (fields.skill !== undefined) await scope.getByLabel(/^Skill worked on/).fill(fields.skill)
    if (fields.minutes !== undefined) await scope.getByLabel(/^Minutes/).fill(fields.minutes)
    if (fields.notes !== undefined) {
      await clickToType(scope.getByRole('textbox', { name: 'Notes' }))
      await this.page.keyboard.type(fields.notes)
    }
  }

  async log(fields: SessionFields): Promise<void> {
    await expect(this.dialog).toBeVisible()
    await this.fill(fields)
    await this.dialog.getByRole('button', { name: 'Log session' }).click()
    await expect(this.dialog).toBeHidden()
  }

  row(kindLabel: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: kindLabel, exact: true }) })
  }
}
