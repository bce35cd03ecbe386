import { useState } from 'react'
import { Link, useParams } from 'wouter'
import { DEFAULT_SETTINGS } from '../../../../shared/entities'
import { isApiError } from '../../api/errors'
import { useCalls } from '../../api/useCalls'
import { useRep } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { Badge } from '../../components/Badge'
import { Button, buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { formatDay } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { CallFormDialog } from '../calls/CallFormDialog'
import { CallsTable } from '../calls/CallsTable'
import { RepFormDialog } from './RepFormDialog'
import { useArchiveToggle } from './useArchiveToggle'
import './reps.css'

type Dialogs = 'none' | 'edit' | 'call'

export function RepDetailPage() {
  const { id = '' } = useParams<{ id: string }>()
  const rep = useRep(id)
  const [dialog, setDialog] = useState<Dialogs>('none')
  const archive = useArchiveToggle()
  useDocumentTitle(rep.data?.name ?? 'Rep')

  const back = (
    <Link href="/reps">
      <span aria-hidden="true">← </span>All reps
    </Link>
  )

  if (rep.isPending) {
    return (
      <>
        <PageHeader eyebrow={back} title="Rep" />
        <LoadingState label="Loading the rep…" />
      </>
    )
  }
  if (rep.isError) {
    if (isApiError(rep.error) && rep.error.code === 'NOT_FOUND') {
      return (
        <>
          <PageHeader eyebrow={back} title="Rep not found" />
          <EmptyState
            title="This rep is not in your journal"
            action={
              <Link href="/reps" className={buttonClass('primary')}>
                Go to Reps
              </Link>
            }
          >
            The link may be out of date.
          </EmptyState>
        </>
      )
    }
    return (
      <>
        <PageHeader eyebrow={back} title="Rep" />
        <ErrorState title="This rep could not be loaded" message={rep.error.message} onRetry={() => void rep.refetch()} retrying={rep.isFetching} />
      </>
    )
  }

  const person = rep.data
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={person.name}
        description={
          <span className="cluster">
            <span>{[person.title, person.startedOn && `Started ${formatDay(person.startedOn)}`].filter(Boolean).join(' · ')}</span>
            {person.archived && <Badge>Archived</Badge>}
          </span>
        }
        actions={
          <>
            {!person.archived && (
              <Button variant="primary" onClick={() => setDialog('call')}>
                New call with {person.name}
              </Button>
            )}
            <Button onClick={() => setDialog('edit')}>Edit</Button>
            <Button onClick={() => archive.toggle(person)} busy={archive.pendingId === person.id}>
              {person.archived ? 'Unarchive' : 'Archive'}
            </Button>
          </>
        }
      />
      <RepCalls repId={person.id} repName={person.name} archived={person.archived} onAdd={() => setDialog('call')} />
      <RepFormDialog open={dialog === 'edit'} onClose={() => setDialog('none')} rep={person} />
      <CallFormDialog open={dialog === 'call'} onClose={() => setDialog('none')} defaultRepId={person.id} />
    </>
  )
}

function RepCalls({ repId, repName, archived, onAdd }: { repId: string; repName: string; archived: boolean; onAdd: () => void }) {
  const calls = useCalls({ repId })
  const currency = useSettings().data?.currency ?? DEFAULT_SETTINGS.currency
  return (
    <section className="rep-calls" aria-labelledby="rep-calls-heading">
      <h2 id="rep-calls-heading">Calls with {repName}</h2>
      {calls.isPending ? (
        <LoadingState label="Loading calls…" />
      ) : calls.isError ? (
        <ErrorState
          title="These calls could not be loaded"
          message={calls.error.message}
          onRetry={() => void calls.refetch()}
          retrying={calls.isFetching}
        />
      ) : calls.items.length === 0 ? (
        <EmptyState
          title="No calls yet"
          headingLevel={3}
          action={
            !archived && (
              <Button variant="primary" onClick={onAdd}>
                Record a call with {repName}
              </Button>
            )
          }
        >
          Calls you join with {repName} will be listed here.
        </EmptyState>
      ) : (
        <>
          <CallsTable calls={calls.items} currency={currency} showRep={false} caption={`Calls with ${repName}, newest first`} />
          {calls.hasNextPage && (
            <div className="list-footer">
              <span>
                Showing {calls.items.length} of {calls.total} calls
              </span>
              <Button onClick={() => void calls.fetchNextPage()} busy={calls.isFetchingNextPage}>
                Show older calls
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  )
}
