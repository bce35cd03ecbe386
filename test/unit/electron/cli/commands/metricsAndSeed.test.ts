import fs from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cliInProcess } from '../../../../helpers/cliInProcess'
import { openCore } from '../../../../../electron/core'
import { createInsightsService } from '../../../../../electron/core/services/insights'
import { METRIC_NAMES, type MetricsReport } from '../../../../../shared/metrics'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/** `coachbook seed` and `coachbook metrics`, run in-process the way bin/coachbook runs them. */
vi.setConfig({ testTimeout: 60_000 })

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const cli = cliInProcess

async function seeded(calls = 400): Promise<string> {
  const dir = makeTempDataDir('coachbook-cli-metrics-')
  dirs.push(dir)
  const result = await cli(dir, 'seed', '--calls', String(calls), '--today', '2026-11-23')
  expect(result.status, result.stderr).toBe(0)
  return dir
}

describe('coachbook seed', () => {
  it('fills an empty journal and prints a one-line summary', async () => {
    const dir = makeTempDataDir('coachbook-cli-seed-')
    dirs.push(dir)
    const result = await cli(dir, 'seed', '--calls', '250', '--today', '2026-11-23')
    expect(result).toMatchObject({ status: 0, stderr: '' })
    expect(result.stdout).toMatch(/^Seeded 8 reps, 250 calls \(\d+ pre-briefs, \d+ debriefs, \d+ rescues, \d+ cancelled\) and 75 coaching sessions from 2023-11-24 to 2026-12-14 in \d+\.\d s \(seed 1123\)\.\n$/)
  })

  it('refuses a journal with data unless forced, and a command line that makes no sense', async () => {
    const dir = await seeded(20)
    const again = await cli(dir, 'seed', '--calls', '20')
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/^coachbook: This journal already holds data.*--force.*\n$/)
    expect((await cli(dir, 'seed', '--calls', '20', '--force')).stderr).toMatch(/choose another --seed/)
    expect((await cli(dir, 'seed', '--calls', '20', '--force', '--seed', '8')).status).toBe(0)

    expect(await cli(dir, 'seed', '--calls', 'lots')).toMatchObject({ status: 2, stderr: 'coachbook: --calls must be a whole number, not "lots"\n' })
    expect((await cli(dir, 'seed')).status).toBe(2)
    expect((await cli(dir, 'seed', '--calls', '5', '--today', '2026-13-01')).status).toBe(2)
  })
})

describe('coachbook metrics', () => {
  it('prints the report as JSON, every object carrying the metric names', async () => {
    const dir = await seeded()
    const result = await cli(dir, 'metrics', '--from', '2026-08-15', '--to', '2026-11-30', '--as-of', '2026-11-23', '--json')
    expect(result.status, result.stderr).toBe(0)
    const report = JSON.parse(result.stdout) as MetricsReport
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['totals', 'byMonth', 'byWeek', 'byRep']))
    expect(report.byMonth.map((m) => m.period)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11'])
    expect(report.byWeek[0]?.period).toBe('2026-W33') // 2026-08-15 is a Saturday
    expect(report.byWeek.at(-1)?.period).toBe('2026-W49')
    for (const metrics of [report.totals, ...report.byMonth, ...report.byWeek, ...report.byRep]) {
      expect(Object.keys(metrics)).toEqual(expect.arrayContaining([...METRIC_NAMES]))
    }
    expect(report.byRep.every((r) => typeof r.repId === 'string' && typeof r.repName === 'string')).toBe(true)
    // Unrounded fractions and nulls, exactly what the core computes.
    const core = openCore({ dataDir: dir, face: 'cli', appVersion: 'test' })
    try {
      expect(report).toEqual(createInsightsService(core.db).metrics({ from: '2026-08-15', to: '2026-11-30', asOf: '2026-11-23' }))
    } finally {
      core.close()
    }
  })

  it('restricts everything to one rep with --rep', async () => {
    const dir = await seeded()
    const result = await cli(dir, 'metrics', '--from', '2026-01-01', '--to', '2026-06-30', '--as-of', '2026-11-23', '--rep', 'seed1123-rep-2', '--json')
    const report = JSON.parse(result.stdout) as MetricsReport
    expect(report.byRep.map((r) => r.repId)).toEqual(['seed1123-rep-2'])
    expect(report.totals.calls).toBe(report.byRep[0]?.calls)
    expect(report.byMonth.reduce((sum, m) => sum + m.calls, 0)).toBe(report.totals.calls)
  })

  it('prints readable, aligned tables with whole percentages and a dash for no value', async () => {
    const dir = await seeded()
    const result = await cli(dir, 'metrics', '--from', '2026-11-01', '--to', '2026-12-31', '--as-of', '2026-11-23')
    expect(result.status, result.stderr).toBe(0)
    const text = result.stdout
    expect(text).toMatch(/^Coaching metrics 2026-11-01 to 2026-12-31 \(held up to 2026-11-23\), all reps\n/)
    expect(text).toMatch(/\n {0,2}Total +\d+/)
    expect(text).toMatch(/\d%/)
    expect(text).not.toMatch(/\d\.\d+%/)
    expect(text).toContain('—') // December is in the future: nothing held, no rates
    const weeks = text.split('By ISO week\n')[1]?.split('\n\n')[0]?.split('\n') ?? []
    expect(weeks[0]).toMatch(/^Week +Calls +Held/)
    expect(weeks.length).toBe(11) // header and W44..W53 (2026-11-01 is the Sunday ending W44)
    // Right-aligned figures: every line of the table ends at the same column.
    expect(new Set(weeks.map((line) => line.length)).size).toBe(1)
  })

  it('answers a clear one-line error for a reversed period, a bad day, an unknown rep and a missing option', async () => {
    const dir = await seeded(20)
    const reversed = await cli(dir, 'metrics', '--from', '2026-03-31', '--to', '2026-03-01')
    expect(reversed).toMatchObject({ status: 2, stdout: '' })
    expect(reversed.stderr).toMatch(/^coachbook: .*ends \(2026-03-01\) before it starts \(2026-03-31\).*\n$/)
    expect((await cli(dir, 'metrics', '--from', '2026-02-30', '--to', '2026-03-01')).status).toBe(2)
    const unknown = await cli(dir, 'metrics', '--from', '2026-03-01', '--to', '2026-03-31', '--rep', 'ghost')
    expect(unknown).toMatchObject({ status: 1, stderr: 'coachbook: There is no rep with the id "ghost"\n' })
    const missing = await cli(dir, 'metrics', '--from', '2026-03-01')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/--to/)
  })
})
