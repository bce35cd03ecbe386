import path from 'node:path'
import type { KeptJournal } from '../../shared/backups'

/** Where the journal that a restore replaced went, for `coachbook restore`. */
export function describeKept(kept: KeptJournal | null, backupsDir: string): string | null {
  if (kept === null) return null
  if (kept.as === 'backup') return `The journal as it was is kept as the backup ${path.join(backupsDir, kept.backup.name)}`
  return `The damaged journal is kept, byte for byte, in ${kept.path}`
}
