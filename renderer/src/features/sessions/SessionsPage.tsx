import { Link, useSearchParams } from 'wouter'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import { useReps } from '../../api/useReps'
import { Button, buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { Table } from '../../components/Table'
import { Toolbar } from '../../components/Toolbar'
import { formatDay } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useCommands } from '../palette/commandsContext'
import { formatMinutes } from './sessionForm'
import { useSessions } from './useSessions'
import './sessions.css'
import { paths } from '../../app/paths'

/** Every coaching session, newest first; `?rep=<id>` narrows it to one rep. */
export function SessionsPage() {
  useDocumentTitle('Coaching sessions')
  const [params, setParams] = useSearchParams()
  const repId = params.get('rep') ?? ''
  const reps = useReps({ includeArchived: true })
  const sessions = useSessions(repId ? { repId } : {})
  const commands = useCommands()
  const repName = (id: string) => reps.data?.find((rep) => rep.id === id)?.name ?? 'Unknown rep'
  const filteredRep = reps.data?.find((rep) => rep.id === repId)
  const hasActiveReps = reps.data?.some((rep) => !rep.archived) ?? false
  const list = sessions.data ?? []
  const totalMinutes = list.reduce((sum, s) => sum + (s.minutes ?? 0), 0)

  const logButton = (label: string, variant: 'primary' | 'secondary' = 'primary') => (
    <Button variant={variant} onClick={() => commands.logSession({ repId: filteredRep && !filteredRep.archived ? filteredRep.id : undefined })}>
      {label}
    </Button>
  )

  return (
    <>
      <PageHeader
        title="Coaching sessions"
        description="Skills stick through repetition. Log the role plays, drills, call preparations, look-backs and one-on-ones you hold with each rep."
        actions={hasActiveReps && logButton('Log session')}
      />
      {(reps.data?.length ?? 0) > 0 && (
        <Toolbar
          summary={
            sessions.isSuccess && list.length > 0
              ? `${list.length} ${list.length === 1 ? 'session' : 'sessions'}${totalMinutes > 0 ? `, ${formatMinutes(totalMinutes)} in all` : ''}`
              : undefined
          }
        >
          <div className="toolbar-field">
            <label htmlFor="sessions-rep-filter">Rep</label>
            <select
              id="sessions-rep-filter"
              className="select"
              value={repId}
              onChange={(e) => setParams(e.target.value ? { rep: e.target.value } : {}, { replace: true })}
            >
              <option value="">All reps</option>
              {reps.data?.map((rep) => (
                <option key={rep.id} value={rep.id}>
                  {rep.archived ? `${rep.name} (archived)` : rep.name}
                </option>
              ))}
            </select>
          </div>
        </Toolbar>
      )}

      <div role="region" aria-label="Sessions list">
        {sessions.isPending || reps.isPending ? (
          <LoadingState label="Loading sessions…" />
        ) : sessions.isError || reps.isError ? (
          <ErrorState
            title="Your sessions could not be loaded"
            message={(sessions.error ?? reps.error)?.message ?? 'Something went wrong.'}
            onRetry={() => {
              void sessions.refetch()
              void reps.refetch()
            }}
            retrying={sessions.isFetching || reps.isFetching}
          />
        ) : reps.data.length === 0 ? (
          <EmptyState
            title="Add your first rep"
            action={
              <Link href="/reps" className={buttonClass('primary')}>
                Go to Reps
              </Link>
            }
          >
            Coaching sessions are held with one of your reps. Add the people you coach first.
          </EmptyState>
        ) : list.length === 0 ? (
          <EmptyState title={filteredRep ? `No sessions with ${filteredRep.name} yet` : 'No coaching sessions yet'} action={hasActiveReps && logButton('Log a session')}>
            Ten minutes of role play before a call, a drill on the skill a debrief asked for, a look back together after
            the call: log each one here, and the rep’s page shows how often you practise together.
          </EmptyState>
        ) : (
          <Table caption={filteredRep ? `Coaching sessions with ${filteredRep.name}, newest first` : 'Coaching sessions, newest first'}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Session</th>
                {!filteredRep && <th scope="col">Rep</th>}
                <th scope="col" className="num">
                  Minutes
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((session) => (
                <tr key={session.id} data-session-id={session.id}>
                  <td className="nowrap">{formatDay(session.date, { weekday: false })}</td>
                  <th scope="row">
                    <Link href={paths.session(session.id)} className="table__primary">
                      {SESSION_KIND_LABELS[session.kind]}
                    </Link>
                    <span className="table__secondary">{session.skill ?? 'No skill noted'}</span>
                  </th>
                  {!filteredRep && (
                    <td>
                      <Link href={paths.rep(session.repId)}>{repName(session.repId)}</Link>
                    </td>
                  )}
                  <td className="num">{formatMinutes(session.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </>
  )
}
