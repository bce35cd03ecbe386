import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { BackupInfo, JournalStatus, RestoreSummary, SalvageSummary } from '../../../../shared/backups'
import { formatSalvage } from '../../../../shared/backupsText'
import type { FolderBridge } from '../../../../shared/folderBridge'
import { useApi } from '../../api/ApiProvider'
import { useAppReady } from '../../app/useAppReady'
import { unwrap } from '../../api/errors'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { describeBackup } from '../backups/backupWords'
import { OtherBackups } from './OtherBackups'
import { OpenAnotherFolder } from './OpenAnotherFolder'
import './RecoveryScreen.css'

type Recovery = Extract<JournalStatus, { state: 'needs-recovery' }>
type Done = { kind: 'restored'; summary: RestoreSummary; backup: BackupInfo } | { kind: 'salvaged'; summary: SalvageSummary }

/**
 * Shown instead of the app when the journal cannot be opened as usual (missing, empty, damaged):
 * what is wrong, and the three ways on — restore a backup (the newest good one first), salvage
 * what can be read into a new journal, or open another folder. Nothing happens without a
 * confirmation, and the damaged file is always kept.
 */
export function RecoveryScreen({ folders }: { folders?: FolderBridge | undefined }) {
  const api = useApi()
  const status = useQuery({ queryKey: ['journal', 'status'], queryFn: () => unwrap(api.journal.status({})) })
  const [done, setDone] = useState<Done | null>(null)

  // The same signals as the shell's: ready once the status is in, busy while a call is on its way.
  useAppReady(status.isSuccess || status.isError)
  useEffect(() => {
    document.title = 'Your journal needs attention · Coachbook'
    document.documentElement.dataset['appState'] = 'recovery'
  }, [])

  return (
    <main className="recovery" id="main">
      <div className="recovery__card">
        {status.isPending ? (
          <LoadingState label="Looking at the journal…" />
        ) : status.isError ? (
          <FormAlert>Coachbook cannot tell what is wrong with the journal: {status.error.message}</FormAlert>
        ) : done ? (
          <Recovered done={done} />
        ) : status.data.state === 'ok' ? (
          <Recovered done={null} />
        ) : (
          <Choices status={status.data} folders={folders} onDone={setDone} />
        )}
      </div>
    </main>
  )
}

function Choices({ status, folders, onDone }: { status: Recovery; folders?: FolderBridge | undefined; onDone: (done: Done) => void }) {
  const api = useApi()
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const [salvaging, setSalvaging] = useState(false)
  const restore = useMutation({ mutationFn: (backup: BackupInfo) => unwrap(api.backups.restore({ name: backup.name })) })
  const salvage = useMutation({ mutationFn: () => unwrap(api.journal.salvage({})) })
  const newest = status.newestGoodBackup

  return (
    <>
      <h1>Your journal needs your attention</h1>
      <p className="recovery__lead">{status.problem.message}</p>
      <p>
        Coachbook has not changed, replaced or written to it. Choose how to go on; whichever you choose, the file as it is
        now is kept.
      </p>
      {status.problem.details.length > 0 && (
        <details className="recovery__details">
          <summary>What SQLite reported</summary>
          <ul>
            {status.problem.details.map((detail, index) => (
              <li key={index}>
                <code>{detail}</code>
              </li>
            ))}
          </ul>
        </details>
      )}

      <section className="recovery__choice" aria-labelledby="recovery-restore">
        <h2 id="recovery-restore">Restore a backup</h2>
        {newest ? (
          <>
            <p>
              The newest backup that reads well is {describeBackup(newest)}. Whatever was written after it is not in it.
            </p>
            <div>
              <Button variant="primary" onClick={() => setChosen(newest)}>
                Restore this backup
              </Button>
            </div>
            <OtherBackups except={newest.name} onChoose={setChosen} />
          </>
        ) : (
          <p>There is no backup of this journal that can be read in {status.dataDir}.</p>
        )}
      </section>

      <section className="recovery__choice" aria-labelledby="recovery-salvage">
        <h2 id="recovery-salvage">Salvage what can be read</h2>
        <p>
          Coachbook reads the damaged journal record by record into a new journal, steps over the parts that cannot be read,
          and tells you how much it saved.
        </p>
        <div>
          <Button onClick={() => setSalvaging(true)}>Salvage into a new journal</Button>
        </div>
      </section>

      <section className="recovery__choice" aria-labelledby="recovery-folder">
        <h2 id="recovery-folder">Open another folder</h2>
        <OpenAnotherFolder folders={folders} dataDir={status.dataDir} />
      </section>

      <ConfirmDialog
        open={chosen !== null}
        title="Restore this backup?"
        confirmLabel={restore.isPending ? 'Restoring…' : 'Restore'}
        busy={restore.isPending}
        error={restore.error?.message ?? null}
        onConfirm={() => {
          if (!chosen) return
          restore.mutate(chosen, { onSuccess: (summary) => onDone({ kind: 'restored', summary, backup: chosen }) })
        }}
        onCancel={() => {
          setChosen(null)
          restore.reset()
        }}
      >
        {chosen && (
          <p>
            The journal becomes {describeBackup(chosen)}. The file as it is now is kept, byte for byte, beside your backups.
          </p>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={salvaging}
        title="Salvage into a new journal?"
        confirmLabel={salvage.isPending ? 'Salvaging…' : 'Salvage'}
        busy={salvage.isPending}
        error={salvage.error?.message ?? null}
        onConfirm={() => salvage.mutate(undefined, { onSuccess: (summary) => onDone({ kind: 'salvaged', summary }) })}
        onCancel={() => {
          setSalvaging(false)
          salvage.reset()
        }}
      >
        <p>
          A new journal is made from what can be read of this one. The damaged file is kept, byte for byte, so nothing is
          lost that is not already lost.
        </p>
      </ConfirmDialog>
    </>
  )
}

/** A fresh start of the page on the home screen: nothing cached from before the recovery. */
function openJournal(): void {
  window.location.hash = '#/'
  window.location.reload()
}

/** After a restore or a salvage: what happened, and the way into the journal. */
function Recovered({ done }: { done: Done | null }) {
  const lines =
    done === null
      ? ['The journal opens as usual now.']
      : done.kind === 'restored'
        ? [`Restored ${describeBackup(done.backup)}.`, ...(done.summary.previous?.as === 'damaged-copy' ? [`The damaged file is kept in ${done.summary.previous.path}.`] : [])]
        : formatSalvage(done.summary)
  return (
    <>
      <h1>Your journal is back</h1>
      <div role="status" className="recovery__done">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div>
        <Button variant="primary" onClick={openJournal} autoFocus>
          Open the journal
        </Button>
      </div>
    </>
  )
}
