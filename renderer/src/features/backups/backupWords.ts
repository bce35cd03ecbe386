import type { BackupInfo } from '../../../../shared/backups'
import { formatRecordCounts } from '../../../../shared/backupsText'
import { formatInstant } from '../../lib/format'

/** A backup named the way people choose one: by when it was taken and what it holds. */
export function describeBackup(backup: BackupInfo): string {
  return `the backup from ${formatInstant(backup.takenAt)} (${formatRecordCounts(backup.counts)})`
}
