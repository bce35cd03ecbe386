import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findSystemChromium } from './test/e2e/browser'

const executablePath = findSystemChromium()

/**
 * End-to-end tests run the built app in browser mode: each test gets its own data directory and
 * its own `coachbook serve` (see test/e2e/fixtures.ts), so tests never share a journal and can
 * run in parallel. The global setup provides the build (`npm test` makes one per run).
 *
 * The same settings everywhere, CI or not: one worker per core up to four (2 on the 2-core CI
 * machines), no retries (a test that needs one is a defect), `.only` refused.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './test/e2e/globalSetup.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: Math.max(1, Math.min(4, availableParallelism())),
  // A test is one screen's worth of work and takes a few seconds; 30 s leaves room for a machine
  // several times slower. A test that must do more says so with test.setTimeout and a reason.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs asks for a JSON report too, to print the slowest tests at the end of a run.
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_FILE'] ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // No transitions: a check (axe's contrast, a screenshot) never sees a colour half-way.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    // Recording a trace costs a quarter of the run; ask for one when a failure needs it:
    // npm run test:e2e -- <file> --trace retain-on-failure
    trace: 'off',
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
    },
  },
})
