import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

/**
 * Tests that run the built app: the `coachbook` command as a child process, the core's thread
 * (the built worker, out/main/coreWorker.js), browser mode's server over HTTP, and the file
 * sandbox's worker (which exists only built).
 */
const BUILT_APP_TESTS = [
  'test/unit/electron/cli/cli.test.ts',
  'test/unit/electron/cli/encryption.test.ts',
  'test/unit/electron/core/host/**/*.test.ts',
  'test/unit/electron/main/index.test.ts',
  'test/unit/electron/main/rememberedPassphrase.test.ts',
  'test/unit/tooling/builtPage.test.ts',
  'test/unit/built/**/*.test.ts',
]

/**
 * Tests of the Electron faces, which mock the `electron` module (vi.mock): each file needs a
 * module registry of its own. The rest of the Node tests share one per worker (below).
 */
const ELECTRON_FACE_TESTS = ['test/unit/electron/main/**/*.test.ts', 'test/unit/electron/preload/**/*.test.ts']

/** One empty journal migrated for the run, copied by openTempCore (test/helpers/tempJournal.ts). */
const TEMPLATE_JOURNAL = 'test/unit/setup/templateJournal.ts'

/**
 * Bounds, not waits: a test ends as soon as it is done. On a machine busy with other work the
 * defaults (5 s, 10 s) turned a slow moment into a failure; the run's slowest-tests list and
 * `npm run bench` are where slowness is seen. Inline projects do not inherit the root's options.
 */
const BOUNDS = { testTimeout: 30_000, hookTimeout: 30_000 }

export default defineConfig({
  test: {
    // One test file per core. Vitest's default for a run is one fewer than the cores, to leave the
    // main process a core for transforming files; here that main process is idle once the first
    // files are transformed, and on the 2-core CI machine the default meant a single worker: the
    // unit stage took 1.5× as long as with two.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          ...BOUNDS,
          name: 'node',
          environment: 'node',
          include: ['test/unit/shared/**/*.test.ts', 'test/unit/electron/**/*.test.ts', 'test/unit/tooling/**/*.test.ts'],
          exclude: [...BUILT_APP_TESTS, ...ELECTRON_FACE_TESTS],
          // The files of a worker share its modules instead of loading zod, the contract and the
          // core again for each (~0.2 s of CPU a file: 91 files took 76 core-s isolated, 53 shared with the template journal —
          // docs/testing.md). They keep no state between them: every journal is a temporary folder
          // of the test's own, and a test that fakes the date or sets TZ puts it back afterwards.
          isolate: false,
          globalSetup: [TEMPLATE_JOURNAL],
        },
      },
      {
        test: {
          ...BOUNDS,
          name: 'electron-faces',
          environment: 'node',
          include: ELECTRON_FACE_TESTS,
          exclude: BUILT_APP_TESTS,
          globalSetup: [TEMPLATE_JOURNAL],
        },
      },
      {
        test: {
          ...BOUNDS,
          name: 'built',
          environment: 'node',
          include: BUILT_APP_TESTS,
          // One build for the run (see test/helpers/appBuild.ts); only when one of these runs.
          globalSetup: ['test/unit/setup/appBuild.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          ...BOUNDS,
          name: 'renderer',
          environment: 'happy-dom',
          // Each file still gets a fresh context and fresh modules, but happy-dom and the test
          // libraries are set up once per worker instead of once per file: the renderer files
          // took 58 s of CPU with the default pool, 23 s this way (docs/testing.md).
          pool: 'vmThreads',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          // happy-dom made browser-like where DOMPurify needs it, for every renderer test file.
          setupFiles: ['test/unit/renderer/setup/happyDom.ts'],
        },
      },
    ],
  },
})
