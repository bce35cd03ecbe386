import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { clearStamp, takeInputs, writeStamp } from './scripts/buildStamp.mjs'
import { cspMetaTag } from './shared/csp'

/**
 * One build for every face: main (plus the CLI and benchmark entries, which share the core, and
 * the file sandbox's worker), a CommonJS preload (required by sandbox: true), and the renderer
 * served by both Electron and browser mode.
 *
 * `COACHBOOK_OUT_DIR` moves the whole build elsewhere (the test runner builds into a folder of its
 * own, so a test run never rewrites the `out/` that `npm start` or `npm run cli` is using). It must
 * lie inside the project: the built main finds better-sqlite3-multiple-ciphers in the project's node_modules.
 */
const outDir = resolve(process.env['COACHBOOK_OUT_DIR'] ?? 'out')

/**
 * `COACHBOOK_PROFILE_BUILD=1`: the renderer unminified and with source maps, so a CPU profile
 * names functions and the files they come from (scripts/profile-typing.mjs). Never for tests or
 * figures: it is not the page people run.
 */
const profileBuild = process.env['COACHBOOK_PROFILE_BUILD'] === '1'

/**
 * The build stamp (scripts/buildStamp.mjs): the inputs are hashed as the build starts and the
 * stamp written once the last part (the renderer) is out, so `npm run cli` can tell a current
 * build from a stale or half-made one without building again. The project root is passed in:
 * this config is bundled before it runs, so the helper cannot find it from its own location.
 */
const inputs = takeInputs(resolve('.'))
clearStamp(outDir)
function buildStamp(): Plugin {
  return {
    name: 'coachbook-build-stamp',
    apply: 'build',
    closeBundle() {
      writeStamp(outDir, inputs)
    },
  }
}

/**
 * Only native and Electron's own modules stay outside the main bundle. Pure JavaScript
 * dependencies are bundled: Node's ESM loader re-reads a package's package.json for each of its
 * files, which made the CLI take ~0.9 s to start (0.1 s bundled), and the packaged app then needs
 * no node_modules but better-sqlite3-multiple-ciphers'.
 */
const RUNTIME_EXTERNALS = ['better-sqlite3-multiple-ciphers', 'electron']

/** Where renderer/index.html wants the Content-Security-Policy <meta> tag. */
export const CSP_PLACEHOLDER = '<!-- coachbook:content-security-policy -->'

/**
 * Writes the policy of shared/csp.ts into the built page, so the tag can never drift from the
 * headers Electron and browser mode send. Build only: in development the dev server's inline
 * preamble needs the relaxed header policy (electron/main/security.ts), which a tag would overrule.
 */
export function cspMeta(): Plugin {
  return {
    name: 'coachbook-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (html.split(CSP_PLACEHOLDER).length !== 2) {
          throw new Error(`renderer/index.html must hold ${CSP_PLACEHOLDER} exactly once, where the CSP <meta> tag goes`)
        }
        return html.replace(CSP_PLACEHOLDER, cspMetaTag())
      },
    },
  }
}

/**
 * The screens an opening may land on whose code is worth fetching beside the entry: the address's
 * path (`#/insights?…` → `/insights`) and the module of its screen. Home is most openings; Insights
 * and the progress report are opened from links and bookmarks, and are the heaviest.
 */
export const FIRST_SCREEN_MODULES: Readonly<Record<string, string>> = {
  '/': 'renderer/src/features/home/HomePage.tsx',
  '/insights': 'renderer/src/features/insights/InsightsPage.tsx',
  '/print/report': 'renderer/src/features/print/ReportPage.tsx',
}

/**
 * A tiny classic script, run before the entry: it adds `<link rel="modulepreload">` for the chunks
 * of the screen in the address (the screen's chunk and every chunk it imports, less the entry's
 * own), so the browser fetches them beside the entry instead of once the entry has run and React
 * has drawn the route (renderer/src/app/firstScreen.ts starts them then too, for any screen, and
 * starts the reads). It runs as soon as it arrives, before the entry, which is far larger. It
 * also loads the locale's calendar data while the main thread has nothing else to do (stop 27:
 * five rounds of three openings, alternating with a build that did it once the entry had run:
 * Insights 660 → 580 ms, Home 665 → 613, medians of the rounds' medians). Static tags could only
 * name one screen: the home's were fetched, parsed and left unused by every opening of Insights.
 * An inline script is not allowed (shared/csp.ts), so it is a file of its own, a few hundred bytes
 * that arrive while the entry is still on its way.
 */
export function preloadFirstScreen(modules: Readonly<Record<string, string>> = FIRST_SCREEN_MODULES): Plugin {
  return {
    name: 'coachbook-preload-first-screen',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk')
      const closure = (fileName: string, into = new Set<string>()) => {
        if (into.has(fileName)) return into
        into.add(fileName)
        for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) closure(imported, into)
        return into
      }
      const entry = chunks.find((chunk) => chunk.isEntry)
      if (!entry) throw new Error('The renderer build has no entry chunk')
      const loadedByEntry = closure(entry.fileName)
      const files: Record<string, string[]> = {}
      for (const [path, moduleId] of Object.entries(modules)) {
        const screen = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${moduleId}`))
        if (!screen) throw new Error(`The build has no chunk for ${moduleId}, a first screen to preload`)
        files[path] = [...closure(screen.fileName)].filter((fileName) => !loadedByEntry.has(fileName))
      }
      const source = [
        '// Written by the build (electron.vite.config.ts, preloadFirstScreen): the chunks of the screen in the address, fetched beside the entry.',
        `(() => {`,
        `  const files = ${JSON.stringify(files)}[(location.hash.replace(/^#/, '') || '/').split('?')[0]] || []`,
        `  for (const file of files) {`,
        `    const link = document.createElement('link')`,
        `    link.rel = 'modulepreload'`,
        `    link.crossOrigin = ''`,
        `    link.href = './' + file`,
        `    document.head.appendChild(link)`,
        `  }`,
        `  // The locale's calendar data: the page's first formatted date costs 25–35 ms of the main`,
        `  // thread, any later one ~0.3 ms. Loaded now, while the main thread waits for the entry.`,
        `  setTimeout(() => {`,
        `    try {`,
        `      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(0)`,
        `    } catch {}`,
        `  })`,
        `})()`,
        '',
      ].join('\n')
      const fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'boot.js', source }))
      const page = bundle['index.html']
      if (page?.type !== 'asset' || typeof page.source !== 'string') throw new Error('The renderer build has no index.html to add the boot script to')
      const at = page.source.indexOf('<script type="module"')
      if (at < 0) throw new Error('index.html has no module script to put the boot script before')
      // async: it must not hold the parser (Chromium then holds back the entry's own request).
      page.source = `${page.source.slice(0, at)}<script async src="./${fileName}"></script>\n    ${page.source.slice(at)}`
    },
  }
}

/**
 * Marks the main bundle's folder as ES modules. Node decides a `.js` file's kind from the nearest
 * package.json, but never looks past a `node_modules` folder: the test runner's builds
 * (node_modules/.cache/…) had none, so every process and thread compiled each file twice (as
 * CommonJS, which failed, then as a module): ~40 ms more for each `coachbook` start, three times
 * over for `coachbook serve` and its two core threads.
 */
export function markMainAsModules(): Plugin {
  return {
    name: 'coachbook-main-package-type',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type: 'module' })}\n` })
    },
  }
}

/**
 * Names the chunks of what the page loads first: the module that sends the first screen's reads
 * (renderer/src/app/sendFirstCallsNow.ts) and everything it imports in a small chunk of their own
 * (`first-reads`), the rest in the entry's (`boot`). The page is the same either way (the entry
 * imports the small chunk, which runs first); what differs is the script whose code is on the
 * stack when the first read is sent. Chromium records each request's JavaScript stack while
 * DevTools (or Playwright, whose figures issue 13 is judged by) watches the network, and for that
 * stack V8 parses each frame's function again, for the source positions it skipped at first: sent
 * from the entry's own top level, that was the whole 350 KB entry, 21–38 ms of the first `fetch()`
 * (docs/performance.md, "Stop 27").
 */
function firstReadsApart() {
  const root = resolve('renderer/src/app/sendFirstCallsNow.ts')
  let firstReads: Set<string> | null = null
  return (moduleId: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
    if (!firstReads) {
      const found = new Set<string>()
      const visit = (id: string) => {
        if (found.has(id)) return
        found.add(id)
        for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) visit(imported)
      }
      visit(root)
      firstReads = found
    }
    return firstReads.has(moduleId) ? 'first-reads' : null
  }
}

export default defineConfig({
  main: {
    plugins: [markMainAsModules()],
    build: {
      outDir: resolve(outDir, 'main'),
      externalizeDeps: false,
      rolldownOptions: {
        external: RUNTIME_EXTERNALS,
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/index.ts'),
          // The core's own thread, started by the desktop app and by `coachbook serve`.
          coreWorker: resolve('electron/core/host/coreWorker.ts'),
          // Turning encryption on or off rewrites the journal: in a thread of its own (core/host/conversion.ts).
          conversionWorker: resolve('electron/core/host/conversionWorker.ts'),
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
      minify: !profileBuild,
      sourcemap: profileBuild,
      // Scripts load per screen (renderer/src/app/routes.tsx); styles stay one sheet, loaded first:
      // screens share classes (.select, .input) whose rules live beside another screen's component,
      // and 64 KB of CSS costs little next to an unstyled control.
      cssCodeSplit: false,
      rolldownOptions: {
        input: resolve('renderer/index.html'),
        output: {
          // Every module the entry imports statically is loaded at every opening anyway: in one
          // chunk with the entry's own code, not 20 small ones. Browser mode speaks HTTP/1.1, six
          // requests at a time, so each extra file of the boot was another round before the
          // entry could run (docs/performance.md, "Insights opened, stop 21"). The one exception,
          // taken first: the first reads' few modules, in a chunk the page preloads beside the
          // entry (firstReadsApart above).
          codeSplitting: {
            groups: [
              { name: firstReadsApart(), tags: ['$initial'], priority: 2 },
              { name: 'boot', tags: ['$initial'], priority: 1 },
            ],
          },
        },
      },
    },
    plugins: [react(), cspMeta(), preloadFirstScreen(), buildStamp()],
  },
})
