import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cliInProcess } from '../../../helpers/cliInProcess'
import { CALLS_CSV_COLUMNS } from '../../../../electron/core/services/exchange'
import type { JournalFile } from '../../../../shared/journalFile'
import { invoke, makeTempDataDir, openTempCore, readFixture } from '../../../helpers/tempJournal'

/** `coachbook export --format csv | metrics-csv`, run in-process the way bin/coachbook runs it. */
vi.setConfig({ testTimeout: 60_000 })

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = makeTempDataDir('coachbook-cli-exchange-')
  dirs.push(dir)
  return dir
}

const cli = cliInProcess

/** A data folder holding the fixture journal (imported beside the CLI: files are read by the built sandbox, which the sources lack). */
async function fixtureJournal(): Promise<string> {
  const dir = tempDir()
  const temp = openTempCore({ dataDir: dir })
  try {
    await invoke(temp.core, 'journal.import', { text: readFixture() })
  } finally {
    temp.core.close()
  }
  return dir
}

const fixture = JSON.parse(readFixture()) as JournalFile

describe('coachbook export --format csv', () => {
  it('prints the calls CSV, which a CSV reader parses back into one row per call', async () => {
    const dir = await fixtureJournal()
    const result = await cli(dir, 'export', '--format', 'csv')
    expect(result).toMatchObject({ status: 0, stderr: '' })
    expect(result.stdout.startsWith(`\uFEFF${CALLS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true)
    const rows = parse<Record<string, string>>(result.stdout, { bom: true, columns: true })
    expect(rows.map((row) => row['call_id'])).toEqual(fixture.calls.map((call) => call.id))
    expect(rows.map((row) => row['account'])).toEqual(fixture.calls.map((call) => call.account ?? ''))
    expect(rows.find((row) => row['call_id'] === 'call-08')?.['cancelled']).toBe('yes')
  })

  it('writes the file atomically with --out, byte for byte what stdout would show', async () => {
    const dir = await fixtureJournal()
    const out = path.join(tempDir(), 'calls.csv')
    const written = await cli(dir, 'export', '--format', 'csv', '--out', out, '--from', '2026-11-01', '--rep', 'rep-dana')
    expect(written).toMatchObject({ status: 0, stdout: `Exported the calls to ${out}\n` })
    const bytes = fs.readFileSync(out)
    expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf])
    const rows = parse<Record<string, string>>(bytes, { bom: true, columns: true })
    expect(rows.map((row) => row['call_id'])).toEqual(['call-07', 'call-11'])
    const printed = await cli(dir, 'export', '--format', 'csv', '--from', '2026-11-01', '--rep', 'rep-dana')
    expect(bytes.toString('utf8')).toBe(printed.stdout)
  })
})

describe('coachbook export --format metrics-csv', () => {
  it('prints the metrics by month or by rep for the period', async () => {
    const dir = await fixtureJournal()
    const period = ['--from', '2026-10-01', '--to', '2026-11-30', '--as-of', '2026-11-23']
    const byMonth = await cli(dir, 'export', '--format', 'metrics-csv', ...period)
    expect(byMonth.status, byMonth.stderr).toBe(0)
    const months = parse<Record<string, string>>(byMonth.stdout, { bom: true, columns: true })
    expect(months.map((row) => [row['month'], row['calls']])).toEqual([
      ['2026-10', '6'],
      ['2026-11', '5'],
    ])
    const byRep = await cli(dir, 'export', '--format', 'metrics-csv', '--by', 'rep', ...period)
    const reps = parse<Record<string, string>>(byRep.stdout, { bom: true, columns: true })
    expect(reps.map((row) => row['rep'])).toEqual(['Dana Ortiz', 'Marcus Lee', 'Priya Natarajan'])
    expect(Object.keys(reps[0] ?? {})).toContain('self_sufficiency')
  })

  it('fails with exit code 2 and one line when the command line makes no sense', async () => {
    const dir = await fixtureJournal()
    const noPeriod = await cli(dir, 'export', '--format', 'metrics-csv')
    expect(noPeriod).toMatchObject({ status: 2, stdout: '' })
    expect(noPeriod.stderr).toBe('coachbook: --format metrics-csv needs the period: --from <day> --to <day>\n')
    const reversed = await cli(dir, 'export', '--format', 'metrics-csv', '--from', '2026-12-01', '--to', '2026-01-01')
    expect(reversed.status).toBe(2)
    expect(reversed.stderr).toMatch(/^coachbook: .*before it starts/)
    expect((await cli(dir, 'export', '--format', 'xlsx')).status).toBe(2)
    expect((await cli(dir, 'export', '--format', 'metrics-csv', '--by', 'year', '--from', '2026-01-01', '--to', '2026-02-01')).status).toBe(2)
    expect((await cli(dir, 'export', '--from', '2026-01-01')).status, 'a period with the full journal file').toBe(2)
  })
})
