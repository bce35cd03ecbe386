import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test'
import { BUILD_DIR_ENV } from '../helpers/appBuild'

/**
 * A launch of the built desktop app: its own journal (COACHBOOK_DATA_DIR) and its own Chromium
 * profile (--user-data-dir, which is also what the single-instance lock is per), so tests never
 * share anything and a launch can be repeated on the same journal to see what survived.
 */
export type Desktop = {
  dataDir: string
  profileDir: string
  /** Starts the app (again) on this journal and waits for its window to be ready. */
  launch(): Promise<{ app: ElectronApplication; window: Page }>
  /** Everything the main process wrote, for a failing test's report. */
  log: string[]
}

export function electronBinary(): string {
  const binary = process.env['COACHBOOK_ELECTRON_BINARY']
  if (!binary) throw new Error('Run the desktop tests with npm run test:electron: it finds the Electron binary first')
  return binary
}

export function builtMain(): string {
  const build = process.env[BUILD_DIR_ENV]
  if (!build) throw new Error(`${BUILD_DIR_ENV} is not set: the global setup provides the build`)
  return join(build, 'main', 'index.js')
}

/** Waits for what the app signals (docs/testing.md): the first screen on show with its data. */
export async function readyWindow(app: ElectronApplication): Promise<Page> {
  const window = await app.firstWindow()
  await expect(window.locator('html[data-app-ready="true"]')).toBeAttached()
  return window
}

export const test = base.extend<{ desktop: Desktop }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  desktop: async ({}, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-desktop-data-'))
    const profileDir = await mkdtemp(join(tmpdir(), 'coachbook-desktop-profile-'))
    const log: string[] = []
    const running: ElectronApplication[] = []
    const desktop: Desktop = {
      dataDir,
      profileDir,
      log,
      async launch() {
        const app = await electron.launch({
          executablePath: electronBinary(),
          args: [builtMain(), `--user-data-dir=${profileDir}`],
          env: { ...process.env, COACHBOOK_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
        })
        running.push(app)
        app.process().stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
        app.process().stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
        return { app, window: await readyWindow(app) }
      },
    }
    try {
      await use(desktop)
    } finally {
      for (const app of running) await app.close().catch(() => undefined)
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('main-process.log', { body: log.join(''), contentType: 'text/plain' })
      }
      await rm(dataDir, { recursive: true, force: true })
      await rm(profileDir, { recursive: true, force: true })
    }
  },
})

export { expect }
