import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

/** Tests that run the built app (the `coachbook` command as a child process). */
const BUILT_APP_TESTS = [
  'test/unit/electron/cli/cli.test.ts',
  'test/unit/electron/cli/encryption.test.ts',
  // The core's thread runs the built worker (out/main/coreWorker.js).
  'test/unit/electron/core/host/**/*.test.ts',
  'test/unit/electron/main/index.test.ts',
  'test/unit/electron/main/rememberedPassphrase.test.ts',
  'test/unit/tooling/builtPage.test.ts',
]

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/shared/**/*.test.ts', 'test/unit/electron/**/*.test.ts', 'test/unit/tooling/**/*.test.ts'],
          exclude: BUILT_APP_TESTS,
        },
      },
      {
        test: {
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
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          // happy-dom made browser-like where DOMPurify needs it, for every renderer test file.
          setupFiles: ['test/unit/renderer/setup/happyDom.ts'],
        },
      },
    ],
  },
})
