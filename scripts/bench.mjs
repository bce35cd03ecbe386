#!/usr/bin/env node
// `npm run bench` after the build: the core benchmark (out/main/bench.js: seeds or reuses the
// journal, times the queries, the journal's size, exports and imports), then the screens in a
// browser (scripts/bench-ui.mjs) on the same journal, then ONE table of every figure with its
// budget (scripts/lib/benchBudgets.mjs), median and spread of the runs, and floor
// (scripts/lib/benchTable.mjs). Both parts get every argument (`npm run bench -- --calls 20000
// --fresh`); each reads its own options and leaves the others. --no-ui skips the browser part;
// --no-core skips the core part (the journal of that size must have been seeded today).
// --series runs the whole benchmark at 1,000, 10,000 and 100,000 calls and adds how each
// figure grows. docs/performance.md describes the method.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SERIES_CALLS } from './lib/benchBudgets.mjs'
import { machineFigures } from './lib/benchMachine.mjs'
import { formatSeries, formatTable, mergeResults } from './lib/benchTable.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const out = (line = '') => void process.stdout.write(`${line}\n`)

/** The arguments without `--series` and without any `--calls n` (the series sets its own). */
function argsFor(calls) {
  const args = process.argv.slice(2).filter((arg) => arg !== '--series')
  if (calls === undefined) return args
  const at = args.indexOf('--calls')
  if (at >= 0) args.splice(at, 2)
  return [...args, '--calls', String(calls)]
}

function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return {}
  }
}

/** One whole benchmark: answers its exit code and its results. */
function benchOnce(args) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'coachbook-bench-results-'))
  const coreFile = path.join(work, 'core.json')
  const uiFile = path.join(work, 'ui.json')
  const run = (script, results) => spawnSync(process.execPath, [script, ...args, '--results', results], { stdio: 'inherit' }).status ?? 1
  try {
    let code = args.includes('--no-core') ? 0 : run(path.join(here, '..', 'out', 'main', 'bench.js'), coreFile)
    if (code === 0 && !args.includes('--no-ui')) code = run(path.join(here, 'bench-ui.mjs'), uiFile)
    return { code, results: mergeResults(readResults(coreFile), readResults(uiFile), machineFigures()) }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function callsOf(args) {
  const at = args.indexOf('--calls')
  return at >= 0 ? Number(args[at + 1]) : 100_000
}

function runsOf(args) {
  const at = args.indexOf('--runs')
  return at >= 0 ? Number(args[at + 1]) : 3
}

function printTable(args, results) {
  out()
  for (const line of formatTable(results, {
    title: `Coachbook benchmark — ${callsOf(args).toLocaleString('en-US')} calls, median of ${runsOf(args)} run(s), ${os.cpus().length} CPU(s), ${new Date().toISOString().slice(0, 10)}`,
  }))
    out(line)
}

let code = 0
if (process.argv.includes('--series')) {
  const series = []
  for (const calls of SERIES_CALLS) {
    const args = argsFor(calls)
    const once = benchOnce(args)
    printTable(args, once.results)
    series.push({ calls, results: once.results })
    code ||= once.code
  }
  out()
  out('How each figure grows with the journal (medians):')
  for (const line of formatSeries(series)) out(line)
} else {
  const args = argsFor(undefined)
  const once = benchOnce(args)
  printTable(args, once.results)
  code = once.code
}
process.exitCode = code
