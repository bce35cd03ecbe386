import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { version } from '../../package.json'
import { invokeOrThrow } from '../../shared/invoke'
import type { JournalFile } from '../../shared/journalFile'
import { openCore } from '../core'
import { readJournalText, writeFileAtomic } from '../core/files'

/** Samples per figure id of scripts/lib/benchBudgets.mjs (one per run), and the floor's from the same runs. */
export type FigureSamples = { samples: number[]; floor?: number[]; note?: string }

type Row = Record<string, unknown>

/** The journal file's records as the rows a database would hold: briefs apart from their calls. */
function fileRows(file: JournalFile): Record<string, Row[]> {
  const prebriefs: Row[] = []
  const debriefs: Row[] = []
  const calls = file.calls.map(({ prebrief, debrief, ...call }) => {
    if (prebrief) prebriefs.push({ ...prebrief, id: call.id })
    if (debrief) debriefs.push({ ...debrief, id: call.id })
    return call
  })
  return { reps: file.reps, calls, prebriefs, debriefs, sessions: file.sessions }
}

const cell = (value: unknown): string | number | null =>
  value === null || value === undefined ? null : typeof value === 'number' || typeof value === 'string' ? value : typeof value === 'boolean' ? Number(value) : JSON.stringify(value)

/**
 * The floor of an import: the same rows inserted by bare better-sqlite3 in one transaction, into
 * plain tables (a column per field, the id as primary key; no other index, trigger, derived table
 * or validation), with the journal's own durability (WAL, synchronous FULL).
 */
function rawInsert(dir: string, tables: Record<string, Row[]>): Database.Database {
  const db = new Database(path.join(dir, 'floor.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.transaction(() => {
    for (const [table, rows] of Object.entries(tables)) {
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((column) => column !== 'id')
      db.exec(`CREATE TABLE ${table} (id TEXT PRIMARY KEY${columns.map((column) => `, "${column}"`).join('')})`)
      const insert = db.prepare(`INSERT INTO ${table} VALUES (?${', ?'.repeat(columns.length)})`)
      for (const row of rows) insert.run(cell(row['id']), ...columns.map((column) => cell(row[column])))
    }
  })()
  return db
}

/** Every row of the journal's own tables, read bare: the floor of reading what an export writes. */
function rawSelect(db: Database.Database, tables: string[]): unknown[][] {
  return tables.map((table) => db.prepare(`SELECT * FROM ${table}`).all())
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now()
  const result = work()
  return [result, performance.now() - started]
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

/**
 * Exports the journal in `dataDir` as JSON and as the calls CSV, imports that JSON into an empty
 * journal and again (all unchanged), `runs` times each, each beside its floor. Written as the
 * CLI does it (`coachbook export`, `coachbook import`): through the contract, files on disk.
 */
export async function benchExchange(dataDir: string, runs: number, log: (line: string) => void): Promise<Record<string, FigureSamples>> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-bench-exchange-'))
  const jsonFile = path.join(work, 'journal.json')
  const figures = {
    'export.json': { samples: [] as number[], floor: [] as number[] },
    'export.csv': { samples: [] as number[], floor: [] as number[] },
    'import.empty': { samples: [] as number[], floor: [] as number[] },
    'import.again': { samples: [] as number[], floor: [] as number[] },
  }
  try {
    const source = openCore({ dataDir, face: 'cli', appVersion: version })
    let calls = 0
    let csvMegabytes = ''
    try {
      const journalTables = ['reps', 'calls', 'prebriefs', 'debriefs', 'coaching_sessions']
      for (let run = 0; run < runs; run++) {
        const [, jsonMs] = await timedAsync(async () => {
          const file = await invokeOrThrow(source.invoke, 'journal.exportFile', {})
          await writeFileAtomic(jsonFile, file.text)
        })
        calls = source.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM calls').get()?.n ?? 0
        const bytes = fs.readFileSync(jsonFile)
        const [, jsonFloor] = timed(() => {
          const text = JSON.stringify(rawSelect(source.db, journalTables))
          fs.writeFileSync(path.join(work, 'floor.json'), bytes)
          return text
        })
        figures['export.json'].samples.push(jsonMs)
        figures['export.json'].floor.push(jsonFloor)

        const csvFile = path.join(work, 'calls.csv')
        const [, csvMs] = await timedAsync(async () => {
          const file = await invokeOrThrow(source.invoke, 'exports.callsCsv', {})
          await writeFileAtomic(csvFile, file.text)
        })
        const csvBytes = fs.readFileSync(csvFile)
        csvMegabytes = (csvBytes.length / 1e6).toFixed(1)
        const [, csvFloor] = timed(() => {
          rawSelect(source.db, ['calls'])
          fs.writeFileSync(path.join(work, 'floor.csv'), csvBytes)
        })
        figures['export.csv'].samples.push(csvMs)
        figures['export.csv'].floor.push(csvFloor)
      }
    } finally {
      source.close()
    }
    const megabytes = (fs.statSync(jsonFile).size / 1e6).toFixed(1)
    const size = `${calls.toLocaleString('en-US')} calls, ${megabytes} MB`
    for (const id of ['export.json', 'import.empty', 'import.again'] as const) Object.assign(figures[id], { note: size })
    Object.assign(figures['export.csv'], { note: `${calls.toLocaleString('en-US')} calls, ${csvMegabytes} MB` })
    log(`Exchange: exported and imported a journal file of ${size}, ${runs} run(s)`)

    for (let run = 0; run < runs; run++) {
      const target = fs.mkdtempSync(path.join(work, 'empty-'))
      const core = openCore({ dataDir: target, face: 'cli', appVersion: version })
      try {
        const importOnce = () =>
          timedAsync(async () => {
            const text = await readJournalText(jsonFile)
            return invokeOrThrow(core.invoke, 'journal.import', { text })
          })
        const [first, emptyMs] = await importOnce()
        const [again, againMs] = await importOnce()
        if (first.calls.added !== calls || again.calls.unchanged !== calls) {
          throw new Error(`The import did not do what the benchmark expects: ${JSON.stringify({ first, again })}`)
        }
        figures['import.empty'].samples.push(emptyMs)
        figures['import.again'].samples.push(againMs)
      } finally {
        core.close()
      }
      const floorDir = fs.mkdtempSync(path.join(work, 'floor-'))
      const [floorDb, insertFloor] = timed(() => rawInsert(floorDir, fileRows(JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JournalFile)))
      const [, againFloor] = timed(() => {
        const file = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JournalFile
        return rawSelect(floorDb, Object.keys(fileRows(file)))
      })
      floorDb.close()
      figures['import.empty'].floor.push(insertFloor)
      figures['import.again'].floor.push(againFloor)
      fs.rmSync(target, { recursive: true, force: true })
      fs.rmSync(floorDir, { recursive: true, force: true })
    }
    return figures
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
