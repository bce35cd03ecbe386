import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { JournalApi } from './journalApi'
import { CoachbookServer } from './server'

type Fixtures = {
  /** A fresh journal served by its own `coachbook serve`, stopped (and deleted) after the test. */
  server: CoachbookServer
  /** Seeds and reads the journal over the same HTTP API the page uses, with the page's session. */
  journal: JournalApi
  /** Uncaught page errors and Content-Security-Policy violations fail the test. */
  pageProblems: string[]
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  server: async ({}, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-e2e-'))
    const server = new CoachbookServer(dataDir)
    try {
      await server.start()
      await use(server)
    } finally {
      await server.stop()
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('server.log', { body: server.log, contentType: 'text/plain' })
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  },

  journal: async ({ page, server }, use) => {
    await use(new JournalApi(page, server))
  },

  pageProblems: [
    // Depends on the server so that it ends first: what the page does once the test is over (a
    // navigation still loading when the server stops) is not the test's problem.
    async ({ page, server: _server }, use) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text())
      })
      await use(problems)
      expect(problems, 'the page threw or broke its Content-Security-Policy').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
