import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findSystemChromium } from './test/e2e/browser'

const executablePath = findSystemChromium()

/**
 * End-to-end tests run the built app in browser mode: each test gets its own data directory and
 * its own `coachbook serve` (see test/e2e/fixtures.ts), so tests never share a journal and can
 * run in parallel. Build first (`npm run test:e2e` does).
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './test/e2e/globalSetup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: process.env['CI'] ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(executablePath ? { executablePath } : {}),
    },
  },
})
