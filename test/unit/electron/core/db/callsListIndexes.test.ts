import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { createRepositories } from '../../../../../electron/core/db/repositories'
import { seedJournal } from '../../../../../electron/core/services/seed'
import type { CallListSort, SortDirection } from '../../../../../shared/callList'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/**
 * The calls list's covering indexes (migration calls_list_indexes): a journal written at the
 * version before it, with calls in it, is migrated in place and lists the same pages in the
 * same order, each sort both ways, from the start and from the end.
 */
const MIGRATION = MIGRATIONS.find((migration) => migration.name === 'calls_list_indexes')
if (!MIGRATION) throw new Error('the calls_list_indexes migration is missing')
const VERSION_BEFORE = MIGRATION.version - 1
const TODAY = '2026-12-06'
const PAGE = 25

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function seededBefore(): Database.Database {
  const dir = makeTempDataDir()
  dirs.push(dir)
  const db = openConnection(path.join(dir, 'coachbook.db'))
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= VERSION_BEFORE) })
  seedJournal(db, { calls: 120, today: TODAY })
  // Ties the orders must settle by their later keys: the same day and time twice, calls without
  // a deal value or a time.
  const repos = createRepositories(db)
  const [first, second, third] = repos.calls.all()
  if (!first || !second || !third) throw new Error('the seed wrote too few calls')
  repos.calls.save({ ...second, date: first.date, time: first.time, dealValue: first.dealValue }, '2026-12-06T10:00:00.000Z')
  repos.calls.save({ ...third, dealValue: null, time: null }, '2026-12-06T10:00:01.000Z')
  return db
}

const SORTS: [CallListSort, SortDirection][] = [
  ['date', 'desc'],
  ['date', 'asc'],
  ['dealValue', 'desc'],
  ['dealValue', 'asc'],
  ['rep', 'asc'],
]

/** Every page of every sort, unfiltered and held calls only, as lists of ids. */
function everyPage(db: Database.Database): string[][] {
  const calls = createRepositories(db).calls
  const pages: string[][] = []
  for (const filter of [{}, { when: 'past' as const, today: TODAY }]) {
    for (const [sort, direction] of SORTS) {
      const { total } = calls.list(filter, { limit: 1, offset: 0, sort, direction })
      for (let offset = 0; offset < total; offset += PAGE) {
        pages.push(calls.list(filter, { limit: PAGE, offset, sort, direction }).items.map((call) => call.id))
      }
    }
  }
  return pages
}

/** The indexes the keys of a page are read from, per the query planner. */
function planOf(db: Database.Database, orderBy: string): string {
  return db
    .prepare(`EXPLAIN QUERY PLAN SELECT c.rowid FROM calls c ORDER BY ${orderBy} LIMIT 100 OFFSET 500`)
    .all()
    .map((row) => (row as { detail: string }).detail)
    .join(' | ')
}

describe('the calls list’s covering indexes (migration)', () => {
  it('carry a journal with calls forward: the same pages in the same order, read from the indexes', () => {
    const db = seededBefore()
    try {
      const before = everyPage(db)
      expect(before.flat().length).toBeGreaterThan(300)

      const migrated = migrate(db)
      expect(migrated.from).toBe(VERSION_BEFORE)
      expect(migrated.applied).toContain(MIGRATION.version)
      expect(everyPage(db)).toEqual(before)

      // Newest first and largest deal first walk an index that holds the whole order: no sort.
      const newest = planOf(db, 'c.call_date DESC, c.call_time DESC, c.created_at DESC, c.id DESC')
      expect(newest).toContain('calls_list_by_date')
      expect(newest).not.toContain('TEMP B-TREE')
      const largest = planOf(db, 'c.deal_value DESC NULLS LAST, c.call_date DESC, c.call_time DESC, c.created_at DESC, c.id DESC')
      expect(largest).toContain('calls_list_by_value')
      expect(largest).not.toContain('TEMP B-TREE')
    } finally {
      db.close()
    }
  })
})
