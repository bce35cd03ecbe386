import { useQueryClient } from '@tanstack/react-query'
import { useCallback, type ReactNode } from 'react'
import { ErrorState } from '../../components/ErrorState'
import { LockScreen } from './LockScreen'
import { useIdleLock } from './useIdleLock'
import { showLocked, useLock, useSecurityStatus } from './useSecurity'
import './security.css'

/**
 * Nothing of the journal is shown, fetched or kept until the journal is open: an encrypted journal
 * not yet unlocked (or locked on demand, when idle, or from another window) shows only the lock
 * screen, and the app's screens are not even mounted. While open, the idle lock runs here.
 */
export function JournalLockGate({ children }: { children: ReactNode }) {
  const status = useSecurityStatus()
  if (status.isPending) return null
  if (status.isError) {
    return (
      <main className="lock-screen" id="main">
        <ErrorState title="Coachbook could not reach the journal" message={status.error.message} onRetry={() => void status.refetch()} retrying={status.isFetching} />
      </main>
    )
  }
  if (status.data.locked) return <LockScreen status={status.data} />
  return <IdleLock minutes={status.data.encrypted ? status.data.idleLockMinutes : null}>{children}</IdleLock>
}

function IdleLock({ minutes, children }: { minutes: number | null; children: ReactNode }) {
  const lock = useLock()
  const queryClient = useQueryClient()
  const onIdle = useCallback(() => {
    lock.mutate(undefined, {
      // Even if the answer is lost, the page shows nothing more of the journal.
      onError: () => showLocked(queryClient, { encrypted: true, locked: true, idleLockMinutes: minutes, keyFileMissing: false }),
    })
  }, [lock, minutes, queryClient])
  useIdleLock(minutes, onIdle)
  return <>{children}</>
}
