import { useState } from 'react'
import type { BackupInfo } from '../../../../shared/backups'
import { BACKUP_KIND_LABELS, formatBytes, formatRecordCounts } from '../../../../shared/backupsText'
import { useBackups, useCreateBackup, useRestoreBackup } from '../../api/useBackups'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { QueryGate } from '../../components/QueryGate'
import { Table } from '../../components/Table'
import { useToast } from '../../components/Toast'
import { formatInstant } from '../../lib/format'
import { describeBackup } from './backupWords'
import './backups.css'

/**
 * Settings → Backups: the verified copies Coachbook keeps on its own (docs/backups.md), a copy
 * on demand, and restoring one — after saying plainly that the journal as it is now is kept first.
 */
export function BackupsSection({ backupsDir }: { backupsDir: string | undefined }) {
  const backups = useBackups()
  const create = useCreateBackup()
  const restore = useRestoreBackup()
  const toast = useToast()
  const [chosen, setChosen] = useState<BackupInfo | null>(null)

  const takeOne = () =>
    create.mutate(undefined, {
      onSuccess: (backup) => toast.show(`Backed up the journal: ${describeBackup(backup)}.`, 'success'),
      onError: (error) => toast.show(`The backup could not be made: ${error.message}`, 'error'),
    })
  const restoreChosen = () => {
    if (!chosen) return
    restore.mutate(chosen.name, {
      onSuccess: (summary) => {
        setChosen(null)
        const kept = summary.previous?.as === 'backup' ? ' The journal as it was is kept as the newest backup.' : ''
        toast.show(`Restored ${describeBackup(chosen)}.${kept}`, 'success')
      },
    })
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-backups-heading">
      <header className="settings-card__header">
        <h2 id="settings-backups-heading">Backups</h2>
        <Button onClick={takeOne} busy={create.isPending}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </Button>
      </header>
      <p className="muted settings-card__lead">
        Coachbook keeps checked copies of your journal on its own: one a day when it opens, and one before every import, restore
        and upgrade. It keeps every copy of the last 24 hours (up to 10), then the newest of each of the last 7 days, 4 weeks
        and 12 months, and deletes older ones.
        {backupsDir && (
          <>
            {' '}
            They are in <code>{backupsDir}</code>; to keep one for good, copy it somewhere else.
          </>
        )}
      </p>
      <QueryGate query={backups} loading="Looking up the backups…" failed="The backups could not be listed">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No backups yet" headingLevel={3}>
              The first one is taken when the journal holds something and Coachbook opens it, or now with “Back up now”.
            </EmptyState>
          ) : (
            <Table caption="Backups, newest first">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Why</th>
                  <th scope="col">Holds</th>
                  <th scope="col" className="backups__size">
                    Size
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Restore</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((backup) => (
                  <tr key={backup.name}>
                    <th scope="row" className="backups__when">
                      {formatInstant(backup.takenAt)}
                    </th>
                    <td>{BACKUP_KIND_LABELS[backup.kind]}</td>
                    <td>{backup.problem ?? formatRecordCounts(backup.counts)}</td>
                    <td className="backups__size">{formatBytes(backup.sizeBytes)}</td>
                    <td className="backups__action">
                      {backup.problem === null && (
                        <Button size="sm" onClick={() => setChosen(backup)} aria-label={`Restore the backup from ${formatInstant(backup.takenAt)}`}>
                          Restore
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryGate>
      <ConfirmDialog
        open={chosen !== null}
        title="Restore this backup?"
        confirmLabel={restore.isPending ? 'Restoring…' : 'Restore'}
        busy={restore.isPending}
        error={restore.error?.message ?? null}
        onConfirm={restoreChosen}
        onCancel={() => {
          setChosen(null)
          restore.reset()
        }}
      >
        {chosen && (
          <p>
            Your journal will be replaced by {describeBackup(chosen)}. A copy of the journal as it is now is kept first, as the
            newest backup, so you can come back to it.
          </p>
        )}
      </ConfirmDialog>
    </section>
  )
}
