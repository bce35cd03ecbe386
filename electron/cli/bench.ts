import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { version } from '../../package.json'
import { localToday } from '../../shared/dates'
import { addDays } from '../../shared/isoWeek'
import { openCore } from '../core'
import { benchExchange, type FigureSamples } from './benchExchange'
import { measureJournalSize } from './benchSize'
import { databasePath } from '../core/paths'
import { createChartsService, createInsightsService } from '../core/services/insights'
import { SEED_VERSION, seedJournal } from '../core/services/seed'
import { benchEncryption } from './benchEncryption'

/**
 * `npm run bench`, the core's part (built to out/main/bench.js): seeds a journal with N calls
 * (--calls, default 100,000) and
 * 1. times the metrics query — the whole `insights.metrics` computation, SQL and report — for
 *    several periods, for the team and for one rep, against the 100 ms budget;
 * 2. times every query the Insights screen makes when the period or rep changes (`insights.metrics`,
 *    `insights.charts`, and `insights.crutchCalls` when the list is opened) against the
 *    screen's 1 s budget for being interactive again;
 * 3. measures the journal's size per call and the search index's share (benchSize.ts);
 * 4. exports a journal of up to 10,000 calls as JSON and calls CSV, and imports that file into an
 *    empty journal and again, each beside its floor (benchExchange.ts);
 * 5. encryption at rest: the same journal plain and encrypted, against 1.3× (benchEncryption.ts).
 * Figures 3 and 4 go to the one table scripts/bench.mjs prints (--results <file> receives them
 * as JSON; the budgets are in scripts/lib/benchBudgets.mjs). It prints figures; it is not a test.
 * Options: --calls <n>, --runs <n> (runs of the table's figures, default 3), --query-runs <n>
 * (timed runs per query of tables 1 and 2, default 25), --exchange-calls <n> (default the
 * smaller of 10,000 and --calls), --fresh (seed again instead of reusing the cached journal),
 * --exchange-only (part 4 alone), --data-dir <dir> and --exchange-data-dir <dir> (journal folders
 * of the caller's own for the two sizes, instead of the day's cache).
 *
 * Seeding 100,000 calls takes about 100 s, so a seeded journal is kept in the temp folder,
 * keyed by size and day, and reused by the next run of the same day (unless the seed has changed
 * since: SEED_VERSION). `npm run bench` then runs scripts/bench-ui.mjs, which times the screens
 * themselves in Chromium on that same journal.
 */
const BUDGET_MS = 100
const SCREEN_BUDGET_MS = 1000

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`)
  return value
}

/** The seed version the cached journal was made with, or null when there is none (or it predates versions). */
function seededVersion(marker: string): number | null {
  try {
    const { seedVersion } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { seedVersion?: unknown }
    return typeof seedVersion === 'number' ? seedVersion : null
  } catch {
    return null
  }
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
}

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const out = (line = '') => void process.stdout.write(`${line}\n`)

/** The journal of `calls` seeded calls cached for the day (seeded now when missing, stale or --fresh). */
function cachedJournal(
  calls: number,
  today: string,
  ownDir: string | undefined,
): { dataDir: string; seeded: { from: string; to: string }; core: ReturnType<typeof openCore> } {
  // A journal folder of the caller's own (the CLI's unit test, a copy being measured), never the day's shared cache.
  const dataDir = ownDir ?? path.join(os.tmpdir(), `coachbook-bench-cache-${calls}-${today}`)
  const seededMarker = path.join(dataDir, 'seeded.json')
  if (process.argv.includes('--fresh') || seededVersion(seededMarker) !== SEED_VERSION) fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const core = openCore({ dataDir, face: 'cli', appVersion: version })
  try {
    let seeded: { from: string; to: string }
    if (fs.existsSync(seededMarker)) {
      seeded = JSON.parse(fs.readFileSync(seededMarker, 'utf8')) as { from: string; to: string }
      out(`Reusing the journal seeded earlier today in ${dataDir} (--fresh seeds it again).`)
    } else {
      out(`Seeding a journal with ${calls.toLocaleString('en-US')} calls…`)
      const summary = seedJournal(core.db, { calls, today })
      core.db.pragma('wal_checkpoint(TRUNCATE)')
      out(
        `Seeded ${summary.calls.toLocaleString('en-US')} calls, ${summary.prebriefs.toLocaleString('en-US')} pre-briefs, ` +
          `${summary.debriefs.toLocaleString('en-US')} debriefs, ${summary.sessions.toLocaleString('en-US')} sessions ` +
          `(${summary.from} to ${summary.to}) in ${(summary.ms / 1000).toFixed(1)} s`,
      )
      seeded = { from: summary.from, to: summary.to }
      fs.writeFileSync(seededMarker, JSON.stringify({ ...seeded, seedVersion: SEED_VERSION }))
    }
    return { dataDir, seeded, core }
  } catch (error) {
    core.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}

async function main(): Promise<void> {
  const calls = option('calls', 100_000)
  const tableRuns = option('runs', 3)
  const runs = option('query-runs', 25)
  const exchangeCalls = option('exchange-calls', Math.min(calls, 10_000))
  const resultsFile = textOption('results')
  const today = localToday()
  const figures: Record<string, FigureSamples> = {}
  out(`Coachbook benchmark, core — Node ${process.version}, ${os.cpus().length} CPU(s), ${os.platform()} ${os.arch()}`)
  const { dataDir, seeded, core } = cachedJournal(calls, today, textOption('data-dir'))
  // --exchange-only: the imports and exports alone (part 4), for judging a change to them in minutes.
  if (process.argv.includes('--exchange-only')) core.close()
  else benchQueriesAndSize({ calls, runs, today, dataDir, seeded, core, figures })
  out()
  if (exchangeCalls === calls) {
    Object.assign(figures, await benchExchange(dataDir, tableRuns, out))
  } else {
    // --data-dir names the journal of --calls; the smaller one exchanged has a folder of its own
    // (--exchange-data-dir, else the day's cache): exporting 100,000 calls is not this figure.
    const exchange = cachedJournal(exchangeCalls, today, textOption('exchange-data-dir'))
    exchange.core.close()
    Object.assign(figures, await benchExchange(exchange.dataDir, tableRuns, out))
  }
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(figures, null, 2))
}

/** Parts 1, 2, 3 and 5 on the seeded journal; closes `core`. */
function benchQueriesAndSize(context: {
  calls: number
  runs: number
  today: string
  dataDir: string
  seeded: { from: string; to: string }
  core: ReturnType<typeof openCore>
  figures: Record<string, FigureSamples>
}): void {
  const { calls, runs, today, dataDir, seeded, core, figures } = context
  try {
    out(`Database ${(fs.statSync(databasePath(dataDir)).size / 1e6).toFixed(0)} MB`)

    const insights = createInsightsService(core.db, { today: () => today })
    const busiest = core.db
      .prepare<[], { id: string; name: string; n: number }>(
        'SELECT r.id, r.name, COUNT(*) AS n FROM calls c JOIN reps r ON r.id = c.rep_id GROUP BY r.id ORDER BY n DESC, r.id LIMIT 1',
      )
      .get()
    const periods = [
      { label: '30 days', from: addDays(today, -29), to: today },
      { label: '90 days', from: addDays(today, -89), to: today },
      { label: '12 months', from: addDays(today, -364), to: today },
      { label: 'all time', from: seeded.from, to: seeded.to },
    ]
    const rows: string[][] = []
    const over: string[] = []
    for (const period of periods) {
      for (const repId of [undefined, busiest?.id]) {
        const query = { from: period.from, to: period.to, asOf: today, repId }
        for (let i = 0; i < 3; i++) insights.metrics(query) // warm the page cache and the statements
        const times: number[] = []
        let report = insights.metrics(query)
        for (let i = 0; i < runs; i++) {
          const started = performance.now()
          report = insights.metrics(query)
          times.push(performance.now() - started)
        }
        times.sort((a, b) => a - b)
        const median = quantile(times, 0.5)
        const p95 = quantile(times, 0.95)
        const who = repId === undefined ? 'team' : `rep (${busiest?.name ?? repId})`
        if (median > BUDGET_MS) over.push(`${period.label}, ${who}`)
        rows.push([
          period.label,
          who,
          report.totals.calls.toLocaleString('en-US'),
          `${report.byMonth.length}/${report.byWeek.length}/${report.byRep.length}`,
          median.toFixed(1),
          p95.toFixed(1),
          `${(median / BUDGET_MS).toFixed(2)}×`,
        ])
      }
    }
    const header = ['Period', 'Scope', 'Calls', 'Months/weeks/reps', 'Median ms', 'p95 ms', 'Median / 100 ms']
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
    out()
    out(`insights.metrics, ${runs} timed runs each (after 3 warm-up runs), asOf ${today}`)
    out(pad(header, widths))
    for (const row of rows) out(pad(row, widths))
    out()
    out(
      over.length === 0
        ? `Every median is within the ${BUDGET_MS} ms budget.`
        : `Over the ${BUDGET_MS} ms budget: ${over.join('; ')}.`,
    )
    out()
    benchScreen({ core, today, seeded, busiest, runs, out })
    out()
    benchEncryption({ source: core, today, seeded, runs, out })
    out()
    const size = measureJournalSize(core.db, databasePath(dataDir))
    const callCount = core.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM calls').get()?.n ?? calls
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
    out(`Journal size: ${mb(size.bytes)} for ${callCount.toLocaleString('en-US')} calls; search index ${mb(size.searchIndexBytes)}, search records ${mb(size.searchRecordsBytes)}`)
    out(`Largest tables and indexes: ${size.largest.map((entry) => `${entry.name} ${mb(entry.bytes)}`).join(', ')}`)
    const free = size.freeBytes > 0.01 * size.bytes ? `, ${mb(size.freeBytes)} of it free pages (${((size.bytes - size.freeBytes) / 1000 / callCount).toFixed(2)} KB per call in use)` : ''
    figures['db.perCall'] = { samples: [size.bytes / 1000 / callCount], note: `${mb(size.bytes)} in all${free}` }
    figures['db.searchShare'] = {
      samples: [(100 * size.searchIndexBytes) / size.bytes],
      note: `search_index + search_words ${mb(size.searchIndexBytes)} (+ search_records ${mb(size.searchRecordsBytes)})`,
    }
  } finally {
    core.close()
  }
}

/** Median milliseconds of `runs` calls of `work`, after three warm-up calls. */
function median(runs: number, work: () => unknown): number {
  for (let i = 0; i < 3; i++) work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    work()
    times.push(performance.now() - started)
  }
  return quantile(times.sort((a, b) => a - b), 0.5)
}

/**
 * The Insights screen's reads for one period change, each timed alone and added up: the
 * screen is interactive once metrics and charts are in (both are read in parallel by the
 * renderer; the sum is the worst case on one SQLite connection). The crutch-call list is read
 * only when opened, so it is shown apart.
 */
function benchScreen(context: {
  core: ReturnType<typeof openCore>
  today: string
  seeded: { from: string; to: string }
  busiest: { id: string; name: string } | undefined
  runs: number
  out: (line?: string) => void
}): void {
  const { core, today, seeded, busiest, runs, out } = context
  const insights = createInsightsService(core.db, { today: () => today })
  const charts = createChartsService(core.db, { today: () => today })
  const spanMs = median(runs, () => charts.span())
  const periods = [
    { label: 'all time', from: seeded.from < today ? seeded.from : today, to: seeded.to > today ? seeded.to : today },
    { label: '12 months', from: addDays(today, -364), to: today },
    { label: '90 days', from: addDays(today, -89), to: today },
  ]
  const rows: string[][] = []
  const over: string[] = []
  for (const period of periods) {
    for (const repId of [undefined, busiest?.id]) {
      const query = { from: period.from, to: period.to, asOf: today, repId }
      const metricsMs = median(runs, () => insights.metrics(query))
      const chartsMs = median(runs, () => charts.charts(query))
      const listMs = median(runs, () => charts.crutchCalls({ from: query.from, to: query.to, repId, limit: 200 }))
      const total = metricsMs + chartsMs
      const who = repId === undefined ? 'team' : `rep (${busiest?.name ?? repId})`
      if (metricsMs > BUDGET_MS) over.push(`metrics for ${period.label}, ${who}`)
      if (total > SCREEN_BUDGET_MS) over.push(`screen for ${period.label}, ${who}`)
      rows.push([
        period.label,
        who,
        metricsMs.toFixed(1),
        `${(metricsMs / BUDGET_MS).toFixed(2)}×`,
        chartsMs.toFixed(1),
        listMs.toFixed(1),
        total.toFixed(1),
        `${(total / SCREEN_BUDGET_MS).toFixed(2)}×`,
      ])
    }
  }
  const header = ['Period', 'Scope', 'metrics ms', '/ 100 ms', 'charts ms', 'crutchCalls ms', 'screen ms', '/ 1 s']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  out(`Insights screen, one period change: median of ${runs} runs per query (insights.span, read once on opening: ${spanMs.toFixed(2)} ms)`)
  out(pad(header, widths))
  for (const row of rows) out(pad(row, widths))
  out()
  out(
    over.length === 0
      ? `Within budget: metrics under ${BUDGET_MS} ms and metrics + charts under ${SCREEN_BUDGET_MS} ms everywhere (core only; add transport and rendering).`
      : `Over budget: ${over.join('; ')}.`,
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
