import { z } from 'zod'

/**
 * Backups, restore and recovery as every face sees them (docs/backups.md). The copies themselves
 * live in `<data folder>/backups/`; a client names one by its file name, never by a path, so a
 * window can only restore what Coachbook itself put there.
 */

/** Why a copy was taken: it shows in the list and decides nothing else. */
export const BACKUP_KINDS = ['daily', 'manual', 'before-import', 'before-restore', 'before-migration'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export type RecordCounts = { reps: number; calls: number; sessions: number }

export type BackupInfo = {
  /** The file name in the backups folder, e.g. `coachbook-2026-11-23T10-00-00-000Z-daily.db`. */
  name: string
  /** When the copy was taken, ISO-8601 UTC. */
  takenAt: string
  kind: BackupKind
  sizeBytes: number
  /** What the copy holds; null when it cannot be read (then `problem` says why). */
  counts: RecordCounts | null
  schemaVersion: number | null
  problem: string | null
}

/** What can be wrong with the journal file so that it is not opened as usual. */
export const JOURNAL_PROBLEM_KINDS = ['missing', 'empty', 'not-a-database', 'not-coachbook', 'damaged'] as const
export type JournalProblemKind = (typeof JOURNAL_PROBLEM_KINDS)[number]

export type JournalProblem = {
  kind: JournalProblemKind
  /** One sentence for people: what is wrong with which file. */
  message: string
  /** What SQLite reported, for the curious and for support; may be empty. */
  details: string[]
}

export type JournalStatus =
  | { state: 'ok' }
  | {
      state: 'needs-recovery'
      problem: JournalProblem
      dataDir: string
      databasePath: string
      /** The newest copy in backups/ that opens and holds a journal, if there is one. */
      newestGoodBackup: BackupInfo | null
    }

/** Where the journal that was replaced went. */
export type KeptJournal =
  /** A verified copy in backups/, restorable like any other. */
  | { as: 'backup'; backup: BackupInfo }
  /** A damaged journal cannot be a backup: its files were kept, byte for byte, in this file. */
  | { as: 'damaged-copy'; path: string }

export type RestoreSummary = {
  /** The backup file name (from the app) or the path (from the command line) that was restored. */
  restoredFrom: string
  /** What the journal holds now. */
  counts: RecordCounts
  /** The journal as it was before, or null when there was none. */
  previous: KeptJournal | null
}

export type SalvageSummary = {
  /** What was read from the damaged journal into the new one. */
  saved: RecordCounts & { prebriefs: number; debriefs: number }
  /** Rows that could not be read, or were not valid once read, and were left out. */
  lostRows: number
  /** Stretches of the file that could not be read at all (so how many rows they held is unknown). */
  damagedAreas: number
  /** Reps that had to be made up because their calls or sessions survived without them. */
  placeholderReps: number
  /** The damaged journal, kept byte for byte. */
  damagedCopy: string
}

export const backupNameSchema = z
  .string()
  .regex(/^coachbook-[A-Za-z0-9._-]+\.db$/, 'Choose a backup from the list of backups')
  .max(200, 'Choose a backup from the list of backups')

export const restoreInputSchema = z.object({ name: backupNameSchema })
