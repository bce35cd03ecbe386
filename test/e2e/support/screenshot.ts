import { join } from 'node:path'
import type { Page } from '@playwright/test'

/**
 * Saves a screenshot for a person to look at when `COACHBOOK_SCREENSHOTS` names a folder; does
 * nothing otherwise. Tests never compare pixels: they assert what the page says.
 */
export async function screenshotFor(page: Page, name: string): Promise<void> {
  const folder = process.env['COACHBOOK_SCREENSHOTS']
  if (!folder) return
  await page.screenshot({ path: join(folder, `${name}.png`) })
}
