import { expect, type Locator, type Page } from '@playwright/test'

/** The command palette (Ctrl/Cmd+K). */
export class CommandPalette {
  readonly dialog: Locator
  readonly box: Locator
  readonly listbox: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' })
    this.box = this.dialog.getByRole('combobox')
    this.listbox = this.dialog.getByRole('listbox')
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k')
    await expect(this.box).toBeFocused()
  }

  /** The option the arrow keys have reached (`aria-activedescendant`). */
  active(): Locator {
    return this.dialog.locator('[role="option"][aria-selected="true"]')
  }

  option(name: string | RegExp): Locator {
    return this.listbox.getByRole('option', { name })
  }

  /** Types into the box until `label` is the active option, then runs it with Enter. */
  async run(text: string, label: string | RegExp): Promise<void> {
    await this.box.fill(text)
    await expect(this.active()).toContainText(label)
    await this.page.keyboard.press('Enter')
  }
}
