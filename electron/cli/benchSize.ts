import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'

export type JournalSize = {
  /** The database file after a checkpoint, in bytes. */
  bytes: number
  /** The FTS5 table `search_index` and its shadow tables. */
  searchIndexBytes: number
  /** `search_records`, the search's filter rows, and its indexes. */
  searchRecordsBytes: number
  /** The largest tables and indexes, biggest first: where the bytes go. */
  largest: { name: string; bytes: number }[]
}

/**
 * How big the journal is, and what takes the room (SQLite's `dbstat`, compiled into
 * better-sqlite3). Checkpoints first so the WAL's pages are in the file. Reads every page:
 * seconds at 100,000 calls, so it runs once, not per run.
 */
export function measureJournalSize(db: Database.Database, file: string): JournalSize {
  db.pragma('wal_checkpoint(TRUNCATE)')
  const bytes = fs.statSync(file).size
  const rows = db.prepare<[], { name: string; bytes: number }>('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all()
  const sum = (test: (name: string) => boolean) => rows.filter((row) => test(row.name)).reduce((total, row) => total + row.bytes, 0)
  return {
    bytes,
    searchIndexBytes: sum((name) => name === 'search_index' || name.startsWith('search_index_')),
    searchRecordsBytes: sum((name) => name.startsWith('search_records') || name.startsWith('sqlite_autoindex_search_records')),
    largest: rows.slice(0, 6),
  }
}
