// `npm run audit:security`: Electronegativity, the static Electron security audit, over the app's
// sources, gated: no HIGH or MEDIUM finding may remain beyond the documented false positives of
// scripts/audit/falsePositives.mjs (each proven by a unit test), and every file must parse.
//
// The tool is pinned and run with `npm exec`, never installed as a dependency (it brings ~300
// packages). It scans a copy of exactly what ships: electron/, shared/, renderer/src and the
// built index.html (which carries the CSP the build writes), never node_modules, out/, test/ or
// build folders. The build: `--build <dir>` or COACHBOOK_BUILD_DIR (npm test hands in its own),
// else a fresh one that is removed afterwards.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { FALSE_POSITIVES } from './audit/falsePositives.mjs'
import { auditVerdict, GATING } from './audit/verdict.mjs'
import { givenOrTempBuild } from './lib/givenOrTempBuild.mjs'

export const ELECTRONEGATIVITY = '@doyensec/electronegativity@1.10.3'

const root = path.resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const started = Date.now()
// Outside node_modules: the tool skips every path containing "node_modules".
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-audit-'))
let build = null

try {
  build = givenOrTempBuild('security-audit')
  const scan = stageSources(build.dir)
  const report = runElectronegativity(scan)
  const verdict = auditVerdict(report, FALSE_POSITIVES)
  const counts = GATING.map((severity) => `${report.issues.filter((issue) => issue.severity === severity).length} ${severity}`)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (verdict.ok) {
    process.stdout.write(
      `✓ security audit (Electronegativity ${ELECTRONEGATIVITY.split('@').pop()}, ${report.checks} checks, ${seconds} s): ` +
        `${counts.join(', ')}, all ${verdict.excused.length} documented false positives (scripts/audit/falsePositives.mjs)\n`,
    )
  } else {
    for (const problem of verdict.problems) process.stderr.write(`audit:security: ${problem}\n`)
    process.stderr.write(`✗ security audit failed (${counts.join(', ')}; ${seconds} s)\n`)
    process.exitCode = 1
  }
} catch (error) {
  process.stderr.write(`audit:security: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
} finally {
  fs.rmSync(temp, { recursive: true, force: true })
  build?.release()
}

/** What ships, and nothing else: the sources, the package manifest and the built page. */
function stageSources(buildDir) {
  const scan = path.join(temp, 'coachbook')
  for (const folder of ['electron', 'shared', path.join('renderer', 'src')]) {
    fs.cpSync(path.join(root, folder), path.join(scan, folder), { recursive: true })
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(scan, 'package.json'))
  fs.copyFileSync(path.join(buildDir, 'renderer', 'index.html'), path.join(scan, 'renderer', 'index.html'))
  return scan
}

function runElectronegativity(scan) {
  const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const output = path.join(temp, 'report.json')
  const runner = path.join(import.meta.dirname, 'audit', 'run-electronegativity.mjs')
  // Through npm's own CLI when npm started this script, so the same npm (and its cache) is used.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : [process.platform === 'win32' ? 'npm.cmd' : 'npm']
  const run = spawnSync(
    npm[0],
    [...npm.slice(1), 'exec', '--yes', '--prefer-offline', `--package=${ELECTRONEGATIVITY}`, '--', process.execPath, runner, scan, electronVersion, output],
    { cwd: temp, encoding: 'utf8' },
  )
  if (run.status !== 0 || !fs.existsSync(output)) {
    throw new Error(`Electronegativity did not run (exit ${run.status}):\n${run.stdout}${run.stderr}${run.error?.message ?? ''}`)
  }
  return JSON.parse(fs.readFileSync(output, 'utf8'))
}
