import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { version } from '../../package.json'
import { localToday } from '../../shared/dates'
import { addDays } from '../../shared/isoWeek'
import { openCore } from '../core'
import { databasePath } from '../core/paths'
import { createInsightsService } from '../core/services/insights'
import { seedJournal } from '../core/services/seed'

/**
 * `npm run bench` (built to out/main/bench.js): seeds a temporary journal with 100,000 calls and
 * times the metrics query — the whole `insights.metrics` computation, SQL and report — for
 * several periods, for the team and for one rep, against the 100 ms budget. It prints figures;
 * it is not a test. Options: --calls <n> (default 100000), --runs <n> (default 25).
 */
const BUDGET_MS = 100

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`)
  return value
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
}

function main(): void {
  const calls = option('calls', 100_000)
  const runs = option('runs', 25)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-bench-'))
  const out = (line = '') => void process.stdout.write(`${line}\n`)
  const core = openCore({ dataDir, face: 'cli', appVersion: version })
  try {
    const today = localToday()
    out(`Coachbook metrics benchmark — Node ${process.version}, ${os.cpus().length} CPU(s), ${os.platform()} ${os.arch()}`)
    out(`Seeding a temporary journal with ${calls.toLocaleString('en-US')} calls…`)
    const seeded = seedJournal(core.db, { calls, today })
    core.db.pragma('wal_checkpoint(TRUNCATE)')
    const sizeMb = fs.statSync(databasePath(dataDir)).size / 1e6
    out(
      `Seeded ${seeded.calls.toLocaleString('en-US')} calls, ${seeded.prebriefs.toLocaleString('en-US')} pre-briefs, ` +
        `${seeded.debriefs.toLocaleString('en-US')} debriefs, ${seeded.sessions.toLocaleString('en-US')} sessions ` +
        `(${seeded.from} to ${seeded.to}) in ${(seeded.ms / 1000).toFixed(1)} s; database ${sizeMb.toFixed(0)} MB`,
    )

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
  } finally {
    core.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main()
