import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { BUILD_DIR_ENV, cliPath, ROOT } from '../helpers/appBuild'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'

/**
 * The README's pictures of the main screens, taken by this suite so they show the app as it is.
 * `UPDATE_SCREENSHOTS=1 npm run test:e2e -- test/e2e/screenshots.spec.ts` takes them again into
 * docs/screenshots/ (a demo journal seeded by the CLI, the same seed each time); every other run,
 * `npm test` included, only checks that the README shows each one and that each file exists, so
 * a test run never rewrites a tracked file.
 */
const SCREENSHOTS_DIR = path.join(ROOT, 'docs', 'screenshots')
const UPDATING = process.env['UPDATE_SCREENSHOTS'] === '1'

type Shot = { file: string; caption: string; route: (ids: { call: string }) => string; heading: string }

/** The first run is taken on an empty journal; the others on the seeded one. */
const FIRST_RUN: Shot = { file: 'first-run.png', caption: 'First run', route: () => '/', heading: 'Home' }
const SHOTS: readonly Shot[] = [
  { file: 'home.png', caption: 'Home', route: () => '/', heading: 'Home' },
  { file: 'prebrief.png', caption: 'Pre-brief', route: ({ call }) => `/calls/${call}/prebrief`, heading: '' },
  { file: 'quick-debrief.png', caption: 'Quick debrief', route: ({ call }) => `/calls/${call}/quick-debrief`, heading: 'Quick debrief' },
  { file: 'debrief.png', caption: 'Debrief', route: ({ call }) => `/calls/${call}/debrief`, heading: '' },
  { file: 'insights.png', caption: 'Insights', route: () => '/insights', heading: 'Insights' },
  { file: 'method.png', caption: 'The method', route: () => '/help', heading: 'The method' },
]
const README_SHOTS = [FIRST_RUN, ...SHOTS]

test.describe('README screenshots', () => {
  test('the README shows every screenshot, and each file is there', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const shot of README_SHOTS) {
      expect(readme, `README.md shows ${shot.file}`).toContain(`(docs/screenshots/${shot.file})`)
      expect(fs.existsSync(path.join(SCREENSHOTS_DIR, shot.file)), `docs/screenshots/${shot.file} exists`).toBe(true)
    }
  })

  // Declared only when asked for, so a test run neither rewrites tracked files nor reports a skip.
  if (!UPDATING) return
  test('takes them again', async ({ page, server, journal }) => {
    // Seven screens and a seeded journal of 600 calls.
    test.setTimeout(120_000)
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true })
    const app = new AppShell(page, server)
    await app.open(FIRST_RUN.route({ call: '' }))
    await expect(page.getByRole('region', { name: 'Welcome to Coachbook' })).toBeVisible()
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, FIRST_RUN.file) })

    // The seeded journal: the CLI's own seed, into this server's folder while it is stopped.
    await server.stop()
    execFileSync(process.execPath, [cliPath(process.env[BUILD_DIR_ENV] ?? ''), 'seed', '--calls', '600', '--seed', '1123'], {
      env: { ...process.env, COACHBOOK_DATA_DIR: server.dataDir },
    })
    await server.start()
    await journal.connect()
    const home = await journal.call<{ awaitingDebrief: Array<{ id: string }>; upcomingWithoutPrebrief: Array<{ id: string }> }>('home.summary', {})
    const recent = await journal.call<{ items: Array<{ id: string; date: string }> }>('calls.list', { limit: 500, offset: 0 })
    const today = new Date().toISOString().slice(0, 10)
    const held = recent.items.find((call) => call.date <= today)?.id ?? recent.items[0]?.id ?? ''
    const call = home.awaitingDebrief[0]?.id ?? held
    for (const shot of SHOTS) {
      await page.goto(`${server.url}#${shot.route({ call: shot.file === 'debrief.png' ? held : call })}`)
      await app.ready()
      if (shot.heading) await expect(app.heading).toHaveText(shot.heading)
      await expect(page.locator('html[data-app-busy]')).toHaveCount(0)
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await page.screenshot({ path: path.join(SCREENSHOTS_DIR, shot.file) })
    }
  })
})
