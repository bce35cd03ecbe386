import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The built app that tests drive (the CLI, browser mode's server and the renderer). `npm test`
 * builds it once per run and hands its folder to every stage in `COACHBOOK_BUILD_DIR`; a test
 * tool started on its own (`npm run test:unit`, `npm run test:e2e`) builds a folder of its own.
 * Never the shared `out/`, which `npm start`, `npm run cli` or a benchmark may be running from.
 */
export const BUILD_DIR_ENV = 'COACHBOOK_BUILD_DIR'

export const ROOT = path.resolve(import.meta.dirname, '../..')
/** Inside the project, so the built main resolves better-sqlite3 from its node_modules. */
const BUILDS_DIR = path.join(ROOT, 'node_modules', '.cache', 'coachbook-test-builds')
/** Node's compile cache for the built app's processes in a test run started alone (`npm test` makes one per run). */
export const COMPILE_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'coachbook-compile-cache')

const require = createRequire(import.meta.url)

/** Where the built CLI is, given a build folder. */
export function cliPath(buildDir: string): string {
  return path.join(buildDir, 'main', 'cli.js')
}

export function isBuilt(buildDir: string): boolean {
  return fs.existsSync(cliPath(buildDir)) && fs.existsSync(path.join(buildDir, 'renderer', 'index.html'))
}

/** Builds the app into a new folder and answers it. Throws with the build's output on failure. */
export function buildApp(): string {
  fs.mkdirSync(BUILDS_DIR, { recursive: true })
  const dir = fs.mkdtempSync(path.join(BUILDS_DIR, 'build-'))
  // Readable by other users: a test runs the built CLI as another user to prove a read-only journal can be checked.
  fs.chmodSync(dir, 0o755)
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [bin, 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COACHBOOK_OUT_DIR: dir },
    timeout: 300_000,
  })
  if (build.status !== 0 || !isBuilt(dir)) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}${build.error ? `\n${build.error.message}` : ''}`)
  }
  return dir
}

/**
 * The build a test run uses: the one `npm test` made, else a new one. `release` removes a build
 * made here and leaves one that was handed in.
 */
export function acquireBuild(env: NodeJS.ProcessEnv = process.env): { dir: string; release: () => void } {
  const given = env[BUILD_DIR_ENV]
  if (given) {
    if (!isBuilt(given)) throw new Error(`${BUILD_DIR_ENV}=${given} holds no built app (main/cli.js and renderer/index.html)`)
    return { dir: given, release: () => undefined }
  }
  const dir = buildApp()
  return { dir, release: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
