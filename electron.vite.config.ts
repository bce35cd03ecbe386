import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

/**
 * One build for every face: main (plus the CLI and benchmark entries, which share the core, and
 * the file sandbox's worker), a CommonJS preload (required by sandbox: true), and the renderer
 * served by both Electron and browser mode.
 *
 * `COACHBOOK_OUT_DIR` moves the whole build elsewhere (the test runner builds into a folder of its
 * own, so a test run never rewrites the `out/` that `npm start` or `npm run cli` is using). It must
 * lie inside the project: the built main finds better-sqlite3 in the project's node_modules.
 */
const outDir = resolve(process.env['COACHBOOK_OUT_DIR'] ?? 'out')

/**
 * Only native and Electron's own modules stay outside the main bundle. Pure JavaScript
 * dependencies are bundled: Node's ESM loader re-reads a package's package.json for each of its
 * files, which made the CLI take ~0.9 s to start (0.1 s bundled), and the packaged app then needs
 * no node_modules but better-sqlite3's.
 */
const RUNTIME_EXTERNALS = ['better-sqlite3', 'electron']

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outDir, 'main'),
      externalizeDeps: false,
      rolldownOptions: {
        external: RUNTIME_EXTERNALS,
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/index.ts'),
          bench: resolve('electron/cli/bench.ts'),
          // Started by the core for every file it is handed (electron/core/sandbox), found beside
          // the code that starts it: so chunks stay in this folder too (no chunks/ subfolder).
          parseWorker: resolve('electron/core/sandbox/worker.ts'),
        },
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(outDir, 'preload'),
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    build: {
      outDir: resolve(outDir, 'renderer'),
      // electron-vite leaves the renderer unminified by default; minified, the page is parsed in a
      // third of the time, at every launch and every end-to-end test.
      minify: true,
      // Scripts load per screen (renderer/src/app/routes.tsx); styles stay one sheet, loaded first:
      // screens share classes (.select, .input) whose rules live beside another screen's component,
      // and 64 KB of CSS costs little next to an unstyled control.
      cssCodeSplit: false,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react()],
  },
})
