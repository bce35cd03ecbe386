import { useQuery } from '@tanstack/react-query'
import type { BackupInfo } from '../../../../shared/backups'
import { BACKUP_KIND_LABELS, formatRecordCounts } from '../../../../shared/backupsText'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { Button } from '../../components/Button'
import { formatInstant } from '../../lib/format'

/** The other backups that read well, for when the newest is not the one wanted. */
export function OtherBackups({ except, onChoose }: { except: string; onChoose: (backup: BackupInfo) => void }) {
  const api = useApi()
  const backups = useQuery({ queryKey: ['backups'], queryFn: () => unwrap(api.backups.list({})) })
  const others = (backups.data ?? []).filter((backup) => backup.name !== except && backup.problem === null)
  if (others.length === 0) return null
  return (
    <details className="recovery__details">
      <summary>Other backups ({others.length})</summary>
      <ul className="recovery__backups">
        {others.map((backup) => (
          <li key={backup.name}>
            <span>
              {formatInstant(backup.takenAt)} · {BACKUP_KIND_LABELS[backup.kind]} · {formatRecordCounts(backup.counts)}
            </span>
            <Button size="sm" onClick={() => onChoose(backup)} aria-label={`Restore the backup from ${formatInstant(backup.takenAt)}`}>
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </details>
  )
}
