// `npm run package:check`: packages the app with electron-builder, offline, and checks what it made.
//
// The Electron binary cannot be downloaded here, so electron-builder is handed a stand-in: a file
// named `electron` that carries only Electron's fuse wire (the sentinel @electron/fuses looks for,
// at Electron's default settings). Packaging then runs as for real (files, asar, asarUnpack, the
// fuses flipped in that binary), which is what this checks: app.asar holds only the built output
// and the runtime dependencies, the SQLite binary is unpacked, no source map and no renderer
// library is packaged, and the fuses read back from the binary are the ones electron-builder.yml
// sets. It is not a runnable app; `npm run dist` makes the real one where Electron downloads.
//
// The build it packages: `--build <dir>` or COACHBOOK_BUILD_DIR (npm test hands in the build of its
// run), else a fresh one in a folder of its own. Everything it writes goes to temporary folders:
// never the shared out/ or dist/.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {
  archiveProblems,
  ELECTRON_DEFAULT_FUSES,
  formatBytes,
  fuseProblems,
  runtimeDependencies,
} from './package/rules.mjs'
import { givenOrTempBuild } from './lib/givenOrTempBuild.mjs'

const root = path.resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
// @electron/asar and @electron/fuses come with electron-builder: resolve them from it.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'))
const asar = builderRequire('@electron/asar')
const { getCurrentFuseWire, FuseV1Options } = builderRequire('@electron/fuses')
const { SENTINEL, FuseState } = builderRequire('@electron/fuses/dist/constants')

const PRODUCT = 'coachbook' // the Linux executable electron-builder names after package.json's name
const started = Date.now()
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-package-'))
let build = null

try {
  build = givenOrTempBuild('package-check')
  const stage = stageApp(build.dir)
  const standIn = writeStandInElectron()
  const dist = path.join(temp, 'dist')
  packageApp(stage, standIn, dist)
  const appDir = path.join(dist, 'linux-unpacked')
  const problems = [...(await inspectFuses(path.join(appDir, PRODUCT))), ...inspectArchive(path.join(appDir, 'resources'))]
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`package:check: ${problem}\n`)
    process.stderr.write(`✗ package check failed (${problems.length} problem${problems.length === 1 ? '' : 's'})\n`)
    process.exitCode = 1
  } else {
    process.stdout.write(`✓ package check passed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  }
} catch (error) {
  process.stderr.write(`package:check: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
} finally {
  fs.rmSync(temp, { recursive: true, force: true })
  build?.release()
}

/**
 * The project as electron-builder sees it, with the build to check as its out/: the real
 * package.json, lockfile and electron-builder.yml, and the real node_modules (linked), so the
 * dependencies it packages are decided exactly as for `npm run dist`.
 */
function stageApp(buildDir) {
  const stage = path.join(temp, 'app')
  fs.mkdirSync(stage)
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) fs.copyFileSync(path.join(root, file), path.join(stage, file))
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'junction')
  fs.symlinkSync(path.join(root, 'resources'), path.join(stage, 'resources'), 'junction')
  fs.cpSync(buildDir, path.join(stage, 'out'), { recursive: true })
  return stage
}

/** A folder holding a file named `electron` with Electron's fuse wire at its default settings. */
function writeStandInElectron() {
  const dir = path.join(temp, 'electron-dist')
  fs.mkdirSync(dir)
  const names = Object.keys(ELECTRON_DEFAULT_FUSES)
  const wire = names.map((name) => (ELECTRON_DEFAULT_FUSES[name] ? FuseState.ENABLE : FuseState.DISABLE))
  const content = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "A stand-in for Electron made by npm run package:check; it cannot run the app." >&2\nexit 1\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length, ...wire]),
  ])
  fs.writeFileSync(path.join(dir, 'electron'), content, { mode: 0o755 })
  return dir
}

function packageApp(stage, standIn, dist) {
  const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js')
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '--dir',
      '--linux',
      '--x64',
      '--projectDir',
      stage,
      `-c.electronDist=${standIn}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${dist}`,
    ],
    { cwd: stage, encoding: 'utf8' },
  )
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}${run.stderr}`)
}

async function inspectFuses(binary) {
  const wire = await getCurrentFuseWire(binary)
  const problems = fuseProblems(wire, FuseV1Options, FuseState)
  if (problems.length === 0) {
    const set = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)) && wire[FuseV1Options[key]] !== undefined)
    process.stdout.write(`fuses, read back from the packaged binary: ${set.map((name) => `${name} ${wire[FuseV1Options[name]] === FuseState.ENABLE ? 'on' : 'off'}`).join(', ')}\n`)
  }
  return problems
}

function inspectArchive(resources) {
  const archive = path.join(resources, 'app.asar')
  const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/'))
  const { header } = asar.getRawHeader(archive)
  const files = entries.filter((entry) => !isFolder(header, entry))
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const allowed = runtimeDependencies(manifest, (name) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
    } catch {
      return undefined
    }
  })
  const packagedManifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'))
  const problems = archiveProblems({
    entries,
    files,
    header,
    allowed,
    devDependencies: new Set(Object.keys(manifest.devDependencies ?? {})),
    mainField: packagedManifest.main,
  })
  const asarBytes = fs.statSync(archive).size
  const unpackedBytes = folderSize(path.join(resources, 'app.asar.unpacked'))
  const modules = [...new Set(entries.map((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry)?.[1]).filter(Boolean))]
  process.stdout.write(
    `app.asar: ${formatBytes(asarBytes)} in ${files.length} files (node_modules: ${modules.join(', ') || 'none'}); ` +
      `unpacked beside it: ${formatBytes(unpackedBytes)}; together ${formatBytes(asarBytes + unpackedBytes)}\n`,
  )
  return problems
}

function isFolder(header, entry) {
  let node = header
  for (const part of entry.split('/').filter(Boolean)) node = node?.files?.[part]
  return Boolean(node?.files)
}

function folderSize(dir) {
  if (!fs.existsSync(dir)) return 0
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0)
}
