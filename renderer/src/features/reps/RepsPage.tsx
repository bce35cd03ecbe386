import { useRef, useState } from 'react'
import type { Rep } from '../../../../shared/entities'
import { useReps } from '../../api/useReps'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { Toolbar } from '../../components/Toolbar'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { RepFormDialog } from './RepFormDialog'
import { RepsTable } from './RepsTable'
import { useArchiveToggle } from './useArchiveToggle'

type DialogState = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; rep: Rep }

export function RepsPage() {
  useDocumentTitle('Reps')
  const [showArchived, setShowArchived] = useState(false)
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' })
  // The whole team is small; loading it all lets the page tell "no reps" from "all archived".
  const reps = useReps({ includeArchived: true })
  const listRef = useRef<HTMLDivElement>(null)
  // Archiving hides the row (and the focused button with it): keep the keyboard user in the list.
  const archive = useArchiveToggle((rep) => {
    if (rep.archived && !showArchived) listRef.current?.focus()
  })
  const close = () => setDialog({ kind: 'closed' })
  const everyone = reps.data ?? []
  const archivedCount = everyone.filter((rep) => rep.archived).length
  const list = showArchived ? everyone : everyone.filter((rep) => !rep.archived)

  return (
    <>
      <PageHeader
        title="Reps"
        description="The people you coach. Archive a rep who has left the team: their calls stay in your journal."
        actions={
          <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
            Add rep
          </Button>
        }
      />
      {everyone.length > 0 && (
        <Toolbar
          summary={
            reps.isSuccess && everyone.length > 0 ? repCountSummary(everyone.length - archivedCount, archivedCount) : undefined
          }
        >
          <label className="choice">
            <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
            Show archived reps
          </label>
        </Toolbar>
      )}

      <div ref={listRef} tabIndex={-1} aria-label="Reps list" role="region">
        {reps.isPending ? (
          <LoadingState label="Loading reps…" />
        ) : reps.isError ? (
          <ErrorState
            title="Your reps could not be loaded"
            message={reps.error.message}
            onRetry={() => void reps.refetch()}
            retrying={reps.isFetching}
          />
        ) : everyone.length === 0 ? (
          <EmptyState
            title="No reps yet"
            action={
              <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
                Add your first rep
              </Button>
            }
          >
            Add the reps you join on calls. Each call you record, plan and debrief belongs to one of them.
          </EmptyState>
        ) : list.length === 0 ? (
          <EmptyState
            title="No active reps"
            action={
              <>
                <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
                  Add a rep
                </Button>
                <Button onClick={() => setShowArchived(true)}>Show archived reps</Button>
              </>
            }
          >
            {archivedCount === 1 ? 'Your one rep is archived.' : `All ${archivedCount} of your reps are archived.`} Bring one back from
            the archived list, or add someone new.
          </EmptyState>
        ) : (
          <RepsTable
            reps={list}
            onEdit={(rep) => setDialog({ kind: 'edit', rep })}
            onToggleArchived={archive.toggle}
            pendingId={archive.pendingId}
          />
        )}
      </div>

      <RepFormDialog open={dialog.kind !== 'closed'} onClose={close} rep={dialog.kind === 'edit' ? dialog.rep : undefined} />
    </>
  )
}

export function repCountSummary(active: number, archived: number): string {
  const activeText = `${active} active ${active === 1 ? 'rep' : 'reps'}`
  return archived > 0 ? `${activeText}, ${archived} archived` : activeText
}
