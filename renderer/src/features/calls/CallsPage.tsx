import { useState } from 'react'
import { Link, useSearchParams } from 'wouter'
import { localToday } from '../../../../shared/dates'
import { DEFAULT_SETTINGS } from '../../../../shared/entities'
import { useCallsHead } from '../../api/useCalls'
import { useReps } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { Button, buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { CallFormDialog } from './CallFormDialog'
import { CallsFiltersBar } from './CallsFiltersBar'
import { isFiltered, viewFromParams, viewToFilter, viewToParams, type CallsView } from './callsListParams'
import { VirtualCallsTable } from './VirtualCallsTable'
import './calls.css'

export function CallsPage() {
  useDocumentTitle('Calls')
  const [adding, setAdding] = useState(false)
  const [params, setParams] = useSearchParams()
  const view = viewFromParams(params)
  // The manager's day, as this window sees it: what separates upcoming calls from held ones.
  const [today] = useState(() => localToday())
  const filter = viewToFilter(view, today)
  // The first page: the total, and whether there is any call at all; the table reads the pages in view.
  const calls = useCallsHead(filter)
  const total = calls.data?.total ?? 0
  const reps = useReps({ includeArchived: true })
  const setView = (next: CallsView) => setParams(viewToParams(next), { replace: true })
  const filtered = isFiltered(view)
  const settings = useSettings()
  const currency = settings.data?.currency ?? DEFAULT_SETTINGS.currency
  const hasReps = reps.data?.some((rep) => !rep.archived) ?? false

  return (
    <>
      <PageHeader
        title="Calls"
        description="Joint calls with your reps. Open one to see its plan and how it went."
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
      ) : total === 0 && !hasReps && !filtered && view.when === 'all' ? (
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
      ) : total === 0 && !filtered && view.when === 'all' ? (
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
          <CallsFiltersBar view={view} reps={reps.data} onChange={setView} onClear={() => setView({ ...view, repId: '', stakes: '', role: '', awaitingDebrief: false })} filtered={filtered} />
          <p className="calls-count" role="status" aria-live="polite" aria-busy={calls.isFetching}>
            {countText(total, view)}
          </p>
          {total === 0 ? (
            <EmptyState title="No calls match">
              {view.when === 'upcoming' ? 'Nothing coming up with these filters.' : 'Try another filter, or clear them to see every call.'}
            </EmptyState>
          ) : (
            <VirtualCallsTable filter={filter} total={total} currency={currency} caption={captionText(view)} />
          )}
        </>
      )}

      <CallFormDialog open={adding} onClose={() => setAdding(false)} />
    </>
  )
}

const WHEN_WORDS: Record<CallsView['when'], [one: string, many: string]> = {
  all: ['call', 'calls'],
  upcoming: ['upcoming call', 'upcoming calls'],
  past: ['past call', 'past calls'],
}

function countText(total: number, view: CallsView): string {
  const [one, many] = WHEN_WORDS[view.when]
  const words = `${total.toLocaleString()} ${total === 1 ? one : many}`
  return isFiltered(view) ? `${words} match the filters` : words
}

const SORT_WORDS: Record<CallsView['sort'], Record<CallsView['direction'], string>> = {
  date: { asc: 'oldest first', desc: 'newest first' },
  dealValue: { asc: 'smallest deal first', desc: 'largest deal first' },
  rep: { asc: 'by rep, A to Z', desc: 'by rep, Z to A' },
}

function captionText(view: CallsView): string {
  const which = view.when === 'all' ? 'Calls' : view.when === 'upcoming' ? 'Upcoming calls' : 'Past calls'
  return `${which}, ${SORT_WORDS[view.sort][view.direction]}`
}
