import { defineConfig } from '@playwright/test'

/**
 * The desktop app itself, where Electron runs: `npm run test:electron` (scripts/test-electron.mjs
 * finds the binary first and says so in one line when there is none). Each test launches the
 * built app with Playwright's Electron support, on a journal and a profile of its own.
 *
 * One worker: every test opens real windows, and on a machine without a display the whole run
 * goes under one virtual screen (`xvfb-run npm run test:electron` on Linux CI).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  // The same build as the other suites: the one `npm test` made, else a fresh one removed after.
  globalSetup: '../e2e/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // A launch, a screen and a relaunch: more than a browser tab, well under this.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
})
