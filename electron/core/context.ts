import type Database from 'better-sqlite3-multiple-ciphers'
import type { AppInfo } from '../../shared/contract'
import type { Repositories } from './db/repositories'

/** What every service needs: the connection, its repositories, the app's identity and the time. */
export type CoreContext = {
  db: Database.Database
  repos: Repositories
  info: AppInfo
  /** The journal is encrypted (opened with a key). */
  encrypted: boolean
  /** The current instant, ISO-8601 UTC. */
  now(): string
  /**
   * Runs `fn` in one IMMEDIATE transaction: read-then-write operations take the write lock up
   * front, so another process (the CLI beside the app) cannot slip a change in between.
   */
  write<T>(fn: () => T): T
}

export function createContext(db: Database.Database, repos: Repositories, info: AppInfo, encrypted = false): CoreContext {
  return {
    db,
    repos,
    info,
    encrypted,
    now: () => new Date().toISOString(),
    write: (fn) => db.transaction(fn).immediate(),
  }
}
