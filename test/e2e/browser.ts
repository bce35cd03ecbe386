import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Keeps Chromium quiet on a machine without internet: no sync, updates, QUIC or first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const NAMES = ['chromium', 'chromium-browser']

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The system Chromium to test with: `CHROMIUM_PATH` when set, else `chromium` on the PATH (what
 * `command -v chromium` finds), else undefined, and Playwright uses its own managed browser.
 * scripts/check-chromium.mjs applies the same rule before a run.
 */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['CHROMIUM_PATH']) return env['CHROMIUM_PATH']
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue
    for (const name of NAMES) {
      const candidate = join(dir, name)
      if (isExecutable(candidate)) return candidate
    }
  }
  return undefined
}
