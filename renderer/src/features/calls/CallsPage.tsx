import { useState } from 'react'
import { Link } from 'wouter'
import { DEFAULT_SETTINGS } from '../../../../shared/entities'
import { useCalls } from '../../api/useCalls'
import { useReps } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { Button, buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { CallFormDialog } from './CallFormDialog'
import { CallsTable } from './CallsTable'
import './calls.css'

export function CallsPage() {
  useDocumentTitle('Calls')
  const [adding, setAdding] = useState(false)
  const calls = useCalls()
  const reps = useReps()
  const settings = useSettings()
  const currency = settings.data?.currency ?? DEFAULT_SETTINGS.currency
  const hasReps = (reps.data?.length ?? 0) > 0

  return (
    <>
      <PageHeader
        title="Calls"
        description="Joint calls with your reps, newest first. Open one to see its plan and how it went."
        actions={
          hasReps && (
            <Button variant="primary" onClick={() => setAdding(true)}>
              New call
            </Button>
          )
        }
      />

      {calls.isPending || reps.isPending ? (
        <LoadingState label="Loading calls…" />
      ) : calls.isError || reps.isError ? (
        <ErrorState
          title="Your calls could not be loaded"
          message={(calls.error ?? reps.error)?.message ?? 'Something went wrong.'}
          onRetry={() => {
            if (calls.isError) void calls.refetch()
            if (reps.isError) void reps.refetch()
          }}
          retrying={calls.isFetching || reps.isFetching}
        />
      ) : calls.items.length === 0 && !hasReps ? (
        <EmptyState
          title="Add your first rep"
          action={
            <Link href="/reps" className={buttonClass('primary')}>
              Add your first rep
            </Link>
          }
        >
          Every call you record is a call you joined with one of your reps. Add the people you coach first, then come back
          to record your calls with them.
        </EmptyState>
      ) : calls.items.length === 0 ? (
        <EmptyState
          title="No calls yet"
          action={
            <Button variant="primary" onClick={() => setAdding(true)}>
              Record your first call
            </Button>
          }
        >
          Record the next joint call you plan to go on. Before it, you will plan your role with the rep; after it, you will
          look back at what happened.
        </EmptyState>
      ) : (
        <>
          <CallsTable calls={calls.items} currency={currency} />
          <div className="list-footer">
            <span>
              {calls.items.length === calls.total
                ? `${calls.total} ${calls.total === 1 ? 'call' : 'calls'}`
                : `Showing ${calls.items.length} of ${calls.total} calls`}
            </span>
            {calls.hasNextPage && (
              <Button onClick={() => void calls.fetchNextPage()} busy={calls.isFetchingNextPage}>
                Show older calls
              </Button>
            )}
          </div>
        </>
      )}

      <CallFormDialog open={adding} onClose={() => setAdding(false)} />
    </>
  )
}
