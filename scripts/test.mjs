// `npm test`: every check, the same way on a laptop and in CI.
//
//   checks  typecheck and lint side by side (each is mostly one core), and the app built once
//           into a folder of this run's own (never the shared out/); once built, the security
//           audit and the packaging check run on that build
//   unit    vitest, handed that build; it starts as soon as the build exists, beside typecheck
//           and lint (lint alone takes the checks' last half minute, on one core)
//   e2e     Playwright in Chromium, handed that build; it starts as soon as the checks passed,
//           beside the unit tests' second half. Neither stage keeps both cores busy on its own
//           (vitest's last files wait on its main process, a browser test waits on its page and
//           its server in turn), so side by side the run ends ~40 s sooner (docs/testing.md).
//
// A failed check or unit test stops the end-to-end tests at once (they would test a build that
// is already known to be wrong). Every run ends with each stage's time and the slowest tests, so
// a slowdown is seen in the run that brings it. Run one stage or one test with
// `npm run test:unit -- <file> [-t name]` or `npm run test:e2e -- <file> [-g name]` (README).
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const SLOWEST = 10

const work = path.join(root, 'node_modules', '.cache', 'coachbook-test-run')
mkdirSync(work, { recursive: true })
const runDir = mkdtempSync(path.join(work, 'run-'))
// Readable by other users: a test runs the built CLI as another user to prove a read-only journal can be checked.
chmodSync(runDir, 0o755)
const buildDir = path.join(runDir, 'build')
const unitReport = path.join(runDir, 'unit.json')
const e2eReport = path.join(runDir, 'e2e.json')

const stages = []
const runStarted = Date.now()
let failed = null

/** Child process groups still running, stopped when the run is interrupted or cut short. */
const running = new Set()

/**
 * Runs a command in a process group of its own (so it can be stopped with everything it
 * started); `quiet` keeps its output until it ends (for commands that run side by side).
 */
function run(label, command, args, { env = {}, quiet = false } = {}) {
  let child
  const done = new Promise((resolve) => {
    child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      detached: process.platform !== 'win32',
    })
    running.add(child)
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => resolve({ label, code: 1, output: `${error.message}\n` }))
    child.on('close', (code, signal) => {
      running.delete(child)
      resolve({ label, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output).toString() })
    })
  })
  done.stop = () => stopGroup(child)
  return done
}

function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  try {
    if (process.platform === 'win32') child.kill()
    else process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

/** Runs `steps` as one stage: its time, and whether every step passed, go into the summary. */
async function stage(name, steps) {
  const started = Date.now()
  const results = (await Promise.all(steps())).flat()
  const seconds = (Date.now() - started) / 1000
  const bad = results.filter((result) => result.code !== 0)
  for (const result of results) {
    if (result.output && (result.code !== 0 || SHOWN.has(result.label))) {
      process.stdout.write(result.output)
    }
  }
  stages.push({ name, seconds, ok: bad.length === 0 })
  if (bad.length > 0) failed = [failed, `${name} (${bad.map((result) => result.label).join(', ')})`].filter(Boolean).join('; ')
  return bad.length === 0
}

function cleanUp() {
  rmSync(runDir, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // The children run in groups of their own, which a Ctrl+C in the terminal does not reach.
    for (const child of running) stopGroup(child)
    cleanUp()
    process.exit(130)
  })
}

// Node's compile cache, this run's own: the built CLI starts a few hundred times in a run (each
// browser test's server, the crash tests' restarts, the unit tests' CLI calls), and compiling its
// bundles anew each time was ~15 % of a start (docs/testing.md).
const shared = { COACHBOOK_BUILD_DIR: buildDir, NODE_COMPILE_CACHE: path.join(runDir, 'compile-cache') }
/** Steps whose output is shown even when they pass: their summaries carry figures worth seeing. */
const SHOWN = new Set(['typecheck', 'lint', 'security audit', 'package check', 'vitest'])
/** Resolves once the build is there (true) or failed (false); the unit tests wait only for it. */
let builtOk
const built = new Promise((resolve) => (builtOk = resolve))
const checks = () => [
  run('typecheck', npm, ['run', '-s', 'typecheck'], { quiet: true }),
  run('lint', npm, ['run', '-s', 'lint'], { quiet: true }),
  run('build', npm, ['run', '-s', 'build'], { quiet: true, env: { COACHBOOK_OUT_DIR: buildDir } }).then(async (result) => {
    builtOk(result.code === 0)
    if (result.code !== 0) return [result]
    return [
      result,
      ...(await Promise.all([
        run('security audit', npm, ['run', '-s', 'audit:security'], { quiet: true, env: shared }),
        run('package check', npm, ['run', '-s', 'package:check'], { quiet: true, env: shared }),
      ])),
    ]
  }),
]
// The unit tests' report is printed whole when they end (it would interleave with the browser
// tests' lines otherwise); the browser tests report as they go.
const unit = () => [
  run('vitest', npm, ['run', '-s', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], {
    env: shared,
    quiet: true,
  }),
]
let e2eRun = null
const e2e = () => {
  e2eRun = run('playwright', npm, ['run', '-s', 'test:e2e'], { env: { ...shared, PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport } })
  return [e2eRun]
}

try {
  console.log('▶ typecheck, lint, build, security audit and package check; the unit tests once built')
  const checked = stage('checks', checks)
  const unitPassed = built.then((ok) => {
    if (!ok) return false
    console.log('▶ unit tests (their report follows when they end)')
    return stage('unit tests', unit)
  })
  const e2ePassed = checked.then((ok) => {
    if (!ok) return false
    console.log('▶ end-to-end tests')
    return stage('end-to-end tests', e2e)
  })
  // A failed unit test ends the browser tests early: the run has failed whatever they find.
  if (!(await unitPassed) && e2eRun) {
    console.log('▶ the unit tests failed: stopping the end-to-end tests')
    e2eRun.stop()
  }
  await Promise.all([checked, e2ePassed])
  summarize()
} finally {
  cleanUp()
}
process.exitCode = failed ? 1 : 0

function summarize() {
  const line = '─'.repeat(72)
  console.log(`\n${line}\nTiming`)
  for (const { name, seconds, ok } of stages) console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(28)} ${seconds.toFixed(1).padStart(7)} s`)
  // The stages overlap, so the total is the run's own time, not their sum.
  console.log(`    ${'total'.padEnd(28)} ${((Date.now() - runStarted) / 1000).toFixed(1).padStart(7)} s`)
  printSlowest('Slowest unit tests', readUnit())
  printSlowest('Slowest end-to-end tests', readE2e())
  console.log(failed ? `\n✗ npm test failed at: ${failed}` : '\n✓ every check passed')
  console.log(line)
}

function printSlowest(title, tests) {
  if (!tests) return
  console.log(`\n${title} (${tests.length} in all)`)
  for (const test of [...tests].sort((a, b) => b.seconds - a.seconds).slice(0, SLOWEST)) {
    console.log(`  ${test.seconds.toFixed(1).padStart(6)} s  ${test.name}`)
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function readUnit() {
  const report = readJson(unitReport)
  if (!report) return null
  return report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      name: `${path.relative(root, file.name)} › ${test.title}`,
      seconds: (test.duration ?? 0) / 1000,
    })),
  )
}

function readE2e() {
  const report = readJson(e2eReport)
  if (!report) return null
  const tests = []
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const seconds = test.results.reduce((sum, result) => sum + result.duration, 0) / 1000
        tests.push({ name: `${spec.file} › ${[...titles, spec.title].join(' › ')}`, seconds })
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title])
  }
  // The top-level suites are the spec files; below them, describe blocks.
  for (const suite of report.suites) walk(suite, [])
  return tests
}
