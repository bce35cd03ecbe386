import os from 'node:os'
import path from 'node:path'

/**
 * Where the journal lives. Electron's `userData` for the app name "Coachbook", computed without
 * Electron so browser mode and the CLI open the very same file as the desktop app.
 */
export const APP_NAME = 'Coachbook'
export const DATA_DIR_ENV = 'COACHBOOK_DATA_DIR'
export const DATABASE_FILE = 'coachbook.db'

type Platform = NodeJS.Platform
type Env = Readonly<Record<string, string | undefined>>

/** Electron's `app.getPath('userData')` for this app, per platform. */
export function defaultDataDir(
  env: Env = process.env,
  platform: Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(nonEmpty(env['APPDATA']) ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME)
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME)
  return path.posix.join(nonEmpty(env['XDG_CONFIG_HOME']) ?? path.posix.join(home, '.config'), APP_NAME)
}

/** An explicit choice (a `--data-dir` flag) wins over `COACHBOOK_DATA_DIR`, which wins over the default. */
export function resolveDataDir(explicit?: string, env: Env = process.env): string {
  const chosen = nonEmpty(explicit) ?? nonEmpty(env[DATA_DIR_ENV])
  return chosen ? path.resolve(chosen) : defaultDataDir(env)
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE)
}

/** Verified copies of the journal (electron/core/backups): automatic, and `coachbook backup`'s. */
export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups')
}

/** Damaged journals, kept byte for byte when a restore or a salvage replaces them. */
export function recoveredDir(dataDir: string): string {
  return path.join(dataDir, 'recovered')
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined
}
