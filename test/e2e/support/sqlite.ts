import { createRequire } from 'node:module'
import path from 'node:path'
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'

/**
 * The SQLite driver, for specs that look into a journal file themselves. Loaded from its entry
 * file: tsconfig's `paths` points the package's name at its typings (left out of its exports map),
 * and Playwright, which follows `paths` when it loads a spec, would otherwise try to run the .d.ts.
 */
const entry = path.resolve(import.meta.dirname, '../../../node_modules/better-sqlite3-multiple-ciphers/lib/index.js')
export const Database = createRequire(import.meta.url)(entry) as typeof BetterSqlite3
