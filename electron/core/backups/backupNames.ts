import { BACKUP_KINDS, type BackupKind } from '../../../shared/backups'

/**
 * A backup's file name carries when it was taken and why, so the folder reads well in a file
 * manager and listing it needs no index file that could disagree with what is there:
 * `coachbook-2026-11-23T10-00-00-000Z-daily.db`. Names written by earlier versions
 * (`coachbook-before-v5-<stamp>.db`, `coachbook-before-restore-<stamp>.db`) are read too.
 */
export type ParsedBackupName = { takenAt: string; kind: BackupKind }

const STAMP = String.raw`(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z`
const CURRENT = new RegExp(`^coachbook-${STAMP}-(${BACKUP_KINDS.join('|')})(?:-\\d+)?\\.db$`)
const LEGACY_MIGRATION = new RegExp(`^coachbook-before-v\\d+-${STAMP}\\.db$`)
const LEGACY_RESTORE = new RegExp(`^coachbook-before-restore-${STAMP}\\.db$`)

/** Files being written (or left by a copy that was interrupted): never listed, removed on open. */
export const TEMP_PREFIX = '.coachbook-backup-'

export function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-')
}

/** The name for a copy taken at `at`; `attempt` > 0 tells two copies of the same millisecond apart. */
export function backupName(at: Date, kind: BackupKind, attempt = 0): string {
  return `coachbook-${stampOf(at)}-${kind}${attempt > 0 ? `-${attempt + 1}` : ''}.db`
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const current = CURRENT.exec(name)
  if (current) return { takenAt: instant(current), kind: current[6] as BackupKind }
  const migration = LEGACY_MIGRATION.exec(name)
  if (migration) return { takenAt: instant(migration), kind: 'before-migration' }
  const restore = LEGACY_RESTORE.exec(name)
  if (restore) return { takenAt: instant(restore), kind: 'before-restore' }
  return null
}

function instant(match: RegExpExecArray): string {
  const [, day, h, m, s, ms] = match
  return `${day}T${h}:${m}:${s}.${ms}Z`
}
