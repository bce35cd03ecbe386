import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../electron/core/db/migrations'
import { createRepositories } from '../../../../../electron/core/db/repositories'
import { createSearchRepository } from '../../../../../electron/core/db/search'
import { createChartsService } from '../../../../../electron/core/services/insights'
import * as chartsSql from '../../../../../electron/core/services/insights/chartsSql'
import { createRepOverviewQueries } from '../../../../../electron/core/services/overview/repOverviewQueries'
import { seedJournal } from '../../../../../electron/core/services/seed'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/**
 * Migration leaner_indexes drops indexes that another one covers (docs/performance.md, "Database
 * size and import, stop 21"). A journal written at the version before it, with calls in it, answers the
 * reads that used them the same once migrated, and every such read still finds its rows through an
 * index, never by walking a table.
 */
const MIGRATION = MIGRATIONS.find((migration) => migration.name === 'leaner_indexes')
if (!MIGRATION) throw new Error('the leaner_indexes migration is missing')
const VERSION_BEFORE = MIGRATION.version - 1
const TODAY = '2026-12-06'
const PERIODS = [
  { from: '2026-11-07', to: TODAY },
  { from: '2020-01-01', to: TODAY },
]

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** The same seeded journal (the seed is deterministic), written at the version before the migration or at the newest. */
function seeded(at: 'before' | 'newest'): Database.Database {
  const dir = makeTempDataDir()
  dirs.push(dir)
  const db = openConnection(path.join(dir, 'coachbook.db'))
  migrate(db, at === 'before' ? { migrations: MIGRATIONS.filter((m) => m.version <= VERSION_BEFORE) } : {})
  seedJournal(db, { calls: 80, today: TODAY })
  return db
}

/** What the reads that named or could use a dropped index answer, team and per rep. */
function answers(db: Database.Database) {
  const charts = createChartsService(db, { today: () => TODAY })
  const overview = createRepOverviewQueries(db)
  const repos = createRepositories(db)
  const search = createSearchRepository(db)
  const reps = repos.reps.list(true).map((rep) => rep.id)
  const page = { limit: 10, offset: 2 }
  const scopes = [undefined, ...reps]
  return {
    charts: PERIODS.flatMap((period) =>
      scopes.map((repId) => ({
        charts: charts.charts({ ...period, repId }),
        crutch: charts.crutchCalls({ ...period, repId, limit: 500 }),
        lessons: charts.sidewalkLessons({ ...period, repId, limit: 500 }),
      })),
    ),
    reps: reps.map((repId) => ({
      calls: overview.calls(repId, 500),
      sessions: overview.sessions(repId, 500),
      skillDebriefs: overview.skillDebriefs(repId),
      callsList: repos.calls.list({ repId }, { limit: 500, offset: 0, sort: 'date', direction: 'desc' }).items.map((c) => c.id),
      // The search filtered by rep, with no words and with words both ranked and newest first.
      searchNewest: search.newest({ repId }, page),
      searchRanked: search.matching('"p"*', { repId }, page, { relevanceMaxMatches: 5000, singleTokens: true, shortPrefixes: true }),
      searchNewestMatches: search.matching('"p"*', { repId }, page, { relevanceMaxMatches: 0, singleTokens: true, shortPrefixes: true }),
    })),
  }
}

/** The tables whose rows are many; a read of them must go through an index. */
const LARGE = /\b(calls|call_metrics|prebriefs|debriefs|coaching_sessions)\b/

/** Each line of the plan that reads a large table without an index (a full `SCAN`). */
function tableScans(db: Database.Database, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((match) => match[1] as string))]
  const params = Object.fromEntries(names.map((name) => [name, name === 'limit' ? 10 : '2026-01-01']))
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
  return plan.map((row) => row.detail).filter((detail) => /^SCAN /.test(detail) && LARGE.test(detail) && !/USING (COVERING )?INDEX/.test(detail))
}

describe('migration leaner_indexes', () => {
  it('carries a journal with calls forward: the charts, the rep overview, one rep’s calls list and search answer as on a new journal', () => {
    const fresh = seeded('newest')
    const expected = answers(fresh)
    fresh.close()
    expect(expected.charts.some((scope) => scope.crutch.total > 0 && scope.charts.calibration.calls > 0)).toBe(true)
    expect(expected.reps.every((rep) => rep.searchNewest.rows.length > 0)).toBe(true)
    expect(expected.reps.some((rep) => rep.searchNewestMatches.rows.length === 10 && rep.searchRanked.rows.length === 10)).toBe(true)
    const db = seeded('before')
    try {
      expect(db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_records_by_rep_day'").get()).toBeDefined()
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= (MIGRATION as { version: number }).version) })
      const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all() as string[]
      expect(names).not.toContain('search_records_by_rep_day')
      expect(names).not.toContain('calls_by_rep_date')
      // Kept by this migration; call_metrics' own key replaces it later (metrics_keyed_by_rep_and_day).
      expect(names).toContain('call_metrics_by_rep_date')
      expect(names).toContain('prebriefs_focus_and_risk')
      migrate(db)
      expect(answers(db)).toEqual(expected)
    } finally {
      db.close()
    }
  })

  it('leaves every chart statement reading its rows through an index, team and per rep', () => {
    const db = seeded('before')
    try {
      migrate(db)
      const statements: [string, string][] = Object.entries(chartsSql).flatMap(([name, make]): [string, string][] => {
        if (typeof make === 'string') return [[name, make]]
        if (name === 'bucketSql' || name === 'rolePairColumn') return []
        const text = make as (byRep: boolean, grain?: 'week') => string
        return [
          [`${name} (team)`, text(false, 'week')],
          [`${name} (rep)`, text(true, 'week')],
        ]
      })
      expect(statements.length).toBeGreaterThan(20)
      for (const [name, sql] of statements) expect({ name, scans: tableScans(db, sql) }).toEqual({ name, scans: [] })
      // One rep's calls: the overview's covering index, which calls_by_rep_date was a prefix of.
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM calls WHERE rep_id = ? ORDER BY call_date DESC')
        .all('r')
        .map((row) => (row as { detail: string }).detail)
        .join(' | ')
      expect(plan).toContain('calls_by_rep_overview')
    } finally {
      db.close()
    }
  })
})
