import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The build a check works on: `--build <dir>` or COACHBOOK_BUILD_DIR (npm test hands in the build
 * of its run), else a fresh one in a folder of its own (inside the project, like every test build:
 * test/helpers/appBuild.ts), which `release()` removes. Never the shared out/.
 */
const require = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '..', '..')

export function givenOrTempBuild(purpose, argv = process.argv, env = process.env) {
  const at = argv.indexOf('--build')
  const given = at >= 0 ? argv[at + 1] : env.COACHBOOK_BUILD_DIR
  if (given) {
    if (!fs.existsSync(path.join(given, 'main', 'index.js'))) throw new Error(`${given} holds no built app (main/index.js)`)
    return { dir: path.resolve(given), release: () => undefined }
  }
  const builds = path.join(root, 'node_modules', '.cache', `coachbook-${purpose}`)
  fs.mkdirSync(builds, { recursive: true })
  const dir = fs.mkdtempSync(path.join(builds, 'build-'))
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [bin, 'build'], { cwd: root, encoding: 'utf8', env: { ...env, COACHBOOK_OUT_DIR: dir } })
  if (build.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`the build failed:\n${build.stdout}${build.stderr}`)
  }
  return { dir, release: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
