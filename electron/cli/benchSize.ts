import fs from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'

export type JournalSize = {
  /** The database file after a checkpoint, in bytes. */
  bytes: number
  /**
   * Of those, the free pages: room a migration or a deletion left, which SQLite fills before the
   * file grows (a journal migrated to a leaner schema keeps its size until a VACUUM).
   */
  freeBytes: number
  /** The FTS5 tables `search_index` and `search_words` (migration 0010) and their shadow tables. */
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
  const freeBytes = (db.pragma('freelist_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)
  return {
    bytes,
    freeBytes,
    searchIndexBytes: sum((name) => ['search_index', 'search_words'].some((table) => name === table || name.startsWith(`${table}_`))),
    searchRecordsBytes: sum((name) => name.startsWith('search_records') || name.startsWith('sqlite_autoindex_search_records')),
    largest: rows.slice(0, 6),
  }
}
