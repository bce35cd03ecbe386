import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { createRepositories } from '../../../../../electron/core/db/repositories'
import { createSearchRepository, lookupPays } from '../../../../../electron/core/db/search'
import { verifySearchIndex } from '../../../../../electron/core/db/searchIndex'
import { parseSearchText } from '../../../../../electron/core/services/searchText'
import { seedJournal } from '../../../../../electron/core/services/seed'
import { SEARCH_FIELDS } from '../../../../../shared/search'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/**
 * Migration 0010: the full-text index without its prefix indexes, and `search_words` finding the
 * matches. A journal seeded at version 9 is migrated in place; every search must answer as before.
 */
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** Words a manager types: common and rare, cut short to one or two letters, accents, two words, tokens joined by punctuation. */
const QUERIES = ['a', 'b', 'p', 'de', 'bu', 'bud', 'budget', 'pric', 'pricing', 'discovery', 'zurich', 'zür', 'legal review', 'next steps', 'dana pri', 'e-mail', 'e-ma', "o'brien", 'zq']
const WEIGHTS = '2, 1.5, 3, 3, 1.5, 1.5, 1, 1, 2, 1, 1, 1, 2, 2, 1, 1, 2, 1'

/** Every match of a query as the full-text index ranks it (bm25 per column, then the record id). */
function ranked(db: Database.Database, query: string): number[] {
  const match = parseSearchText(query)?.match ?? ''
  return db
    .prepare<[string], number>(`SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, ${WEIGHTS}), rowid`)
    .pluck()
    .all(match)
}

/** What the index holds: every word with its record, column and position, and each record's size. */
function indexed(db: Database.Database) {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.lean_words USING fts5vocab (main, search_index, 'instance')")
  const words = db.prepare('SELECT term, doc, col, offset FROM temp.lean_words ORDER BY doc, col, offset').all()
  db.exec('DROP TABLE temp.lean_words')
  return { words, records: db.prepare('SELECT * FROM search_records ORDER BY id').all() }
}

function seededAtVersion9(): Database.Database {
  const dir = makeTempDataDir()
  dirs.push(dir)
  const db = openConnection(path.join(dir, 'coachbook.db'))
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 9) })
  seedJournal(db, { calls: 240, today: '2026-12-06' })
  // Words the seed does not write: an accent, a word of several tokens, an apostrophe.
  const repos = createRepositories(db)
  const call = repos.calls.all()[0]
  if (!call) throw new Error('the seed wrote no call')
  repos.calls.save({ ...call, account: 'Zürich Versicherung', opportunity: "E-mail rollout for O'Brien" }, '2026-12-06T10:00:00.000Z')
  return db
}

describe('migration 0010 (a leaner search index)', () => {
  it('carries a seeded journal forward: the same words, positions and records, and every search ranks as before', () => {
    const db = seededAtVersion9()
    try {
      // The index as a journal at version 9 holds it when it was built in one go. (One kept by the
      // triggers through years of edits ranks a few near-ties differently: FTS5's running token
      // totals, which bm25 divides by, drift with each delete from a contentless table; any
      // rebuild — this migration's too — sets them right. See docs/performance.md.)
      const fields = SEARCH_FIELDS.map((f) => f.key).join(', ')
      db.exec(`INSERT INTO search_index (search_index) VALUES ('delete-all');
        INSERT INTO search_index (rowid, ${fields})
        ${['call', 'session', 'rep'].map((kind) => `SELECT r.id, ${SEARCH_FIELDS.map((f) => `v.${f.key}`).join(', ')}
          FROM search_records r JOIN search_${kind}_source v ON v.record_id = r.record_id WHERE r.kind = '${kind}'`).join(' UNION ALL ')}`)
      const before = indexed(db)
      const rankedBefore = QUERIES.map((query) => ranked(db, query))
      expect(rankedBefore.filter((ids) => ids.length > 0).length).toBeGreaterThan(QUERIES.length / 2)

      expect(migrate(db)).toMatchObject({ from: 9, applied: MIGRATIONS.filter((m) => m.version > 9).map((m) => m.version) })
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").pluck().get()).not.toContain('prefix')
      expect(indexed(db)).toEqual(before)
      expect(QUERIES.map((query) => ranked(db, query))).toEqual(rankedBefore)
      expect(verifySearchIndex(db)).toEqual([])
    } finally {
      db.close()
    }
  })

  it('finds through search_words exactly the records the full-text index finds, listed newest first or ranked', () => {
    const db = seededAtVersion9()
    try {
      migrate(db)
      const search = createSearchRepository(db)
      for (const query of QUERIES) {
        const parsed = parseSearchText(query)
        if (!parsed) throw new Error(`"${query}" has nothing to search`)
        for (const relevanceMaxMatches of [0, 5_000]) {
          const answer = (singleTokens: boolean, shortPrefixes: boolean, offset = 0) =>
            search.matching(parsed.match, {}, { limit: 30, offset }, { relevanceMaxMatches, singleTokens, shortPrefixes })
          // The word list (each word one token; counted and looked up when all are one or two
          // letters) and the full index alone answer alike, page after page.
          const single = parsed.terms.every((word) => word.length === 1)
          const short = single && parsed.terms.every((word) => [...(word[0] ?? '')].length <= 2)
          for (const offset of [0, 30]) {
            const viaIndex = answer(false, false, offset)
            expect([query, relevanceMaxMatches, offset, answer(single, false, offset)]).toEqual([query, relevanceMaxMatches, offset, viaIndex])
            expect([query, relevanceMaxMatches, offset, answer(single, short, offset)]).toEqual([query, relevanceMaxMatches, offset, viaIndex])
          }
        }
      }
      // A word the index reads as several tokens is a phrase, which only the full index answers.
      const phrase = parseSearchText('e-mail')?.match ?? ''
      for (const shortPrefixes of [false, true]) {
        const forced = search.matching(phrase, {}, { limit: 10, offset: 0 }, { relevanceMaxMatches: 0, singleTokens: true, shortPrefixes })
        expect(forced.total).toBe(1)
      }
    } finally {
      db.close()
    }
  })
})

describe('the newest matches of a short prefix, looked up or copied', () => {
  // Shares measured at 100,000 calls (docs/performance.md, "Search, stop 26"): looking each record
  // up newest first costs a lookup per record passed over, copying the matches a little per match.
  const records = 130_008
  const firstPage = { limit: 25, offset: 0 }
  it('looks them up where nearly every record holds the letters, on the first pages', () => {
    expect(lookupPays(124_470, records, firstPage)).toBe(true) // `a`: 14 ms looked up, 18 copied
    expect(lookupPays(124_470, records, { limit: 25, offset: 75 })).toBe(true)
  })
  it('copies them where the letters are rarer, or deep in the list', () => {
    expect(lookupPays(31_339, records, firstPage)).toBe(false) // `de`: 41 ms looked up, 4 copied
    expect(lookupPays(9_933, records, firstPage)).toBe(false) // `ob`: 340 ms looked up, 2 copied
    expect(lookupPays(86_744, records, firstPage)).toBe(false) // `ne`: 22 ms looked up, 13 copied
    expect(lookupPays(124_470, records, { limit: 25, offset: 100 })).toBe(false)
  })
})
