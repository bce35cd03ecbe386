import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

// The switches Chromium is given, shared with the benchmarks (one list: scripts/lib/chromiumFeatures.mjs).
export { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES, UNSEEN_CHROME_FEATURES } from '../../scripts/lib/chromiumFeatures.mjs'

/**
 * Debian's headless-only build of the same Chromium first (`chromium-headless-shell`, the kind of
 * browser Playwright itself runs headless tests in): the same Blink, so the same pages, screenshots
 * (measured byte-identical for the app's first screen) and PDFs, without the full browser's window
 * and UI work — about half of Chromium's CPU per browser context (docs/testing.md). Then the full
 * browser, which works as well.
 */
export const CHROMIUM_NAMES = ['chromium-headless-shell', 'chromium', 'chromium-browser']

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The system Chromium to test with: `CHROMIUM_PATH` when set, else the first of CHROMIUM_NAMES on
 * the PATH, else undefined, and Playwright uses its own managed browser.
 * scripts/check-chromium.mjs applies the same rule before a run.
 */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['CHROMIUM_PATH']) return env['CHROMIUM_PATH']
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue
    for (const name of CHROMIUM_NAMES) {
      const candidate = join(dir, name)
      if (isExecutable(candidate)) return candidate
    }
  }
  return undefined
}
