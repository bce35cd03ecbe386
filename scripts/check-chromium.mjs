#!/usr/bin/env node
// Before the end-to-end tests: is there a Chromium to drive? The same rule as
// test/e2e/browser.ts: CHROMIUM_PATH, else `chromium-headless-shell` or `chromium` on the PATH, else
// Playwright's own browser.
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const MESSAGE = "No Chromium found: install Debian's chromium-headless-shell or chromium (apt-get install chromium-headless-shell) or set CHROMIUM_PATH."

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function systemChromium(env) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    for (const name of ['chromium-headless-shell', 'chromium', 'chromium-browser']) {
      if (isExecutable(join(dir, name))) return join(dir, name)
    }
  }
  return undefined
}

async function managedChromium() {
  try {
    const { chromium } = await import('@playwright/test')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const found = systemChromium(process.env) ?? (process.env.CHROMIUM_PATH ? undefined : await managedChromium())
if (!found) {
  process.stderr.write(`${MESSAGE}\n`)
  process.exit(1)
}
