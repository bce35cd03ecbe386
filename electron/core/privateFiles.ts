import fs from 'node:fs'

/**
 * The journal is a private diary: its folder, the database, its WAL and every backup are for the
 * user alone (0700 folders, 0600 files), whatever the umask. SQLite gives the -wal and -shm files
 * the permissions of the database file, so making the database private covers them too.
 * On Windows the modes mean little; the profile folder is already private there.
 */
export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Creates the folder (and its parents) if needed, and makes the folder itself private. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  makePrivate(dir, PRIVATE_DIR_MODE)
}

/**
 * Takes group and other permissions away from a file or folder of ours. A file made read-only
 * on purpose stays read-only (only bits are removed, none added); a file we do not own, or a
 * file system without modes, is left as it is.
 */
export function makePrivate(target: string, mode: number = PRIVATE_FILE_MODE): void {
  try {
    const stat = fs.statSync(target)
    const current = stat.mode & 0o777
    const wanted = current & mode
    if (wanted !== current) fs.chmodSync(target, wanted)
  } catch {
    // Not ours to change (or gone): privacy is best effort, never a reason to refuse the journal.
  }
}
