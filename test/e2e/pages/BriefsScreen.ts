import { expect, type Locator, type Page } from '@playwright/test'
import type { AppShell } from './AppShell'

/** The save indicator's words (renderer/src/lib/autosave/SaveIndicator.tsx). */
export const SAVE_TEXT = {
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Couldn’t save — retrying',
  invalid: 'Fix the highlighted field to save',
} as const

/** What pre-brief and debrief share: the form, its autosave line, its role cards. */
abstract class BriefForm {
  readonly form: Locator
  readonly saveStatus: Locator

  constructor(
    readonly page: Page,
    name: 'Pre-brief' | 'Debrief',
  ) {
    this.form = page.getByRole('form', { name })
    this.saveStatus = this.form.getByRole('status').filter({ has: page.locator('.save-indicator__text') })
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(SAVE_TEXT.saved)
  }

  role(name: 'Visiting dignitary' | 'Depth and breadth' | 'Technical expert' | 'Crutch'): Locator {
    return this.form.getByRole('radio', { name, exact: true })
  }

  textbox(label: string | RegExp): Locator {
    return this.form.getByRole('textbox', { name: label })
  }

  /** A rich-text box, by its label. */
  richText(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true })
  }

  choice(group: string | RegExp, option: string): Locator {
    return this.form.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true })
  }
}

/** `#/calls/<id>/prebrief`. */
export class PrebriefScreen extends BriefForm {
  readonly questions: Locator
  readonly takeoverNumber: Locator
  readonly takeoverSlider: Locator
  readonly silencePrompt: Locator

  constructor(page: Page) {
    super(page, 'Pre-brief')
    this.questions = this.form.getByRole('group', { name: 'Questions the rep plans to ask' })
    this.takeoverNumber = this.form.getByRole('spinbutton', { name: 'Chance you take over (%)' })
    this.takeoverSlider = this.form.getByRole('slider', { name: /Chance you take over/ })
    this.silencePrompt = this.form.getByRole('note', { name: 'A question before the call' })
  }

  async open(app: AppShell, callId: string): Promise<void> {
    await app.open(`/calls/${callId}/prebrief`)
    await expect(this.form).toBeVisible()
  }

  questionBoxes(): Locator {
    return this.questions.getByRole('textbox')
  }

  async questionTexts(): Promise<string[]> {
    return Promise.all((await this.questionBoxes().all()).map((box) => box.inputValue()))
  }

  async addQuestion(text: string): Promise<void> {
    await this.questions.getByRole('button', { name: 'Add a question' }).click()
    await this.questionBoxes().last().fill(text)
  }

  lead(part: string, who: 'Rep' | 'Me' | 'Together'): Locator {
    return this.choice(part, who)
  }
}

/** `#/calls/<id>/debrief`. */
export class DebriefScreen extends BriefForm {
  readonly plan: Locator
  readonly comparison: Locator
  readonly asks: Locator
  readonly tells: Locator

  constructor(page: Page) {
    super(page, 'Debrief')
    this.plan = page.getByRole('region', { name: 'The plan beside the debrief' })
    this.comparison = page.getByRole('region', { name: 'Planned → actual' })
    this.asks = this.form.getByRole('spinbutton', { name: 'Questions you asked' })
    this.tells = this.form.getByRole('spinbutton', { name: 'Things you told' })
  }

  async open(app: AppShell, callId: string): Promise<void> {
    await app.open(`/calls/${callId}/debrief`)
    await expect(this.form).toBeVisible()
  }

  tap(which: 'One more question asked' | 'One question fewer' | 'One more thing told' | 'One thing told fewer'): Locator {
    return this.form.getByRole('button', { name: which })
  }
}
