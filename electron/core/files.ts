import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { JOURNAL_TEXT_MAX_CHARS } from '../../shared/contract'
import { isDiskFullError } from '../../shared/dispatch'
import { AppFailure } from '../../shared/result'

/**
 * File helpers for the faces that read and write journal files (the CLI and the desktop menu).
 * They throw AppFailure with a sentence a person can act on, never a bare errno.
 */

/** Writes to a temporary file beside the target, then renames: a reader never sees half a file. */
export async function writeFileAtomic(target: string, contents: string): Promise<void> {
  const file = path.resolve(target)
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fs.promises.open(temp, 'wx', 0o600)
    try {
      await handle.writeFile(contents, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.promises.rename(temp, file)
  } catch (error) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined)
    throw writeFailure(`Could not write ${file}`, error)
  }
}

/**
 * Reads a journal file as text. Refuses files far beyond what an import accepts before reading
 * them, so a wrong pick (a video, a disk image) fails with a sentence instead of exhausting memory.
 */
export async function readJournalText(source: string): Promise<string> {
  const file = path.resolve(source)
  try {
    const stat = await fs.promises.stat(file)
    if (!stat.isFile()) throw new AppFailure('IO_FAILURE', `${file} is not a file`)
    if (stat.size > JOURNAL_TEXT_MAX_CHARS * 2) throw new AppFailure('INVALID_INPUT', `${file} is too large to be a journal file`)
    // Read as bytes, then decoded at once: readFile(file, 'utf8') decodes chunk by chunk into a
    // string of 50 pieces that the first search through it flattens again (≈ 0.7 s of a 26 MB
    // import, docs/performance.md). The same characters either way, invalid bytes included.
    return (await fs.promises.readFile(file)).toString('utf8')
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw new AppFailure('IO_FAILURE', `Could not read ${file}: ${describeIoError(error)}`)
  }
}

const DISK_FULL_WORDS = 'the disk is full; free some space on it and try again'

const IO_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: DISK_FULL_WORDS,
  // SQLite's code for the same, whose own words ("database or disk is full") are not a person's.
  SQLITE_FULL: DISK_FULL_WORDS,
  EROFS: 'the disk is read-only',
  EEXIST: 'it already exists',
}

export function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && IO_MESSAGES[code]) return IO_MESSAGES[code]
  return error instanceof Error ? error.message : String(error)
}

/**
 * A write that failed, as the person is told it: DISK_FULL when there was no room (so a face can
 * say what to do, as it does for a save), IO_FAILURE otherwise; `what` names the write.
 */
export function writeFailure(what: string, error: unknown): AppFailure {
  return new AppFailure(isDiskFullError(error) ? 'DISK_FULL' : 'IO_FAILURE', `${what}: ${describeIoError(error)}`)
}

/** Under this much room for this user, a file system counts as full: SQLite's WAL index alone takes 32 KB. */
const NEARLY_FULL_BYTES = 1024 * 1024

/**
 * Whether the file system holding `dir` is (all but) full, for telling a full disk from other
 * failures whose codes do not say so (SQLite answers a WAL index it cannot extend as a disk I/O
 * error). False when it cannot be told.
 */
export function diskIsFull(dir: string): boolean {
  try {
    const { bavail, bsize } = fs.statfsSync(dir)
    return bavail * bsize < NEARLY_FULL_BYTES
  } catch {
    return false
  }
}
