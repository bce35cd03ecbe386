import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * The readable rows of one table of a damaged database, in rowid order, stepping over what cannot
 * be read. Rows come in batches; when a batch fails they come one at a time, and when one row
 * cannot be reached the next readable rowid is searched for: rowids ever further ahead (1, 2, 4,
 * 8… past the last good one) until a search succeeds, then back by halves to the first start that
 * works — so a damaged page costs the rows on it, not the rest of the table.
 */
export type RowsAround = {
  rows: Iterable<Record<string, unknown>>
  /** How many unreadable stretches were stepped over (known once `rows` has been read through). */
  damagedAreas(): number
}

const BATCH = 200
/** Beyond this many stretches a table is given up on: the file is more noise than journal. */
const MAX_DAMAGED_AREAS = 1000
const ROWID = '__salvage_rowid__'

export function readRowsAround(db: Database.Database, table: string, columns: readonly string[]): RowsAround {
  let areas = 0
  const list = columns.map((c) => `"${c}"`).join(', ')
  const select = (limit: number) => db.prepare(`SELECT rowid AS ${ROWID}, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${limit}`)
  const firstAtOrAfter = () => db.prepare(`SELECT rowid AS id FROM "${table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1`)

  const reachable = (start: number): boolean => {
    try {
      firstAtOrAfter().get(start)
      return true
    } catch {
      return false
    }
  }

  /** The smallest start past `after` from which the table can be read again, or null. */
  const nextReadable = (after: number): number | null => {
    let bad = after + 1
    for (let step = 1; step <= 2 ** 52; step *= 2) {
      const candidate = after + 1 + step
      if (!Number.isSafeInteger(candidate)) return null
      if (!reachable(candidate)) {
        bad = candidate
        continue
      }
      let good = candidate
      while (good - bad > 1) {
        const middle = bad + Math.floor((good - bad) / 2)
        if (reachable(middle)) good = middle
        else bad = middle
      }
      return good
    }
    return null
  }

  function* rows(): Generator<Record<string, unknown>> {
    let batch: Database.Statement
    let single: Database.Statement
    try {
      batch = select(BATCH)
      single = select(1)
      firstAtOrAfter().get(Number.MIN_SAFE_INTEGER)
    } catch {
      // The table's own root cannot be read: none of it can.
      areas++
      return
    }
    let after = Number.MIN_SAFE_INTEGER
    for (;;) {
      let found: Record<string, unknown>[]
      try {
        found = batch.all(after) as Record<string, unknown>[]
      } catch {
        try {
          found = single.all(after) as Record<string, unknown>[]
        } catch {
          areas++
          const next = areas > MAX_DAMAGED_AREAS ? null : nextReadable(after)
          if (next === null) return
          after = next - 1
          continue
        }
      }
      if (found.length === 0) return
      for (const row of found) {
        const { [ROWID]: rowid, ...values } = row
        after = Number(rowid)
        yield values
      }
    }
  }

  return { rows: rows(), damagedAreas: () => areas }
}
