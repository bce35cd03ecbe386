import { useState } from 'react'
import { Link } from 'wouter'
import type { RepOverview } from '../../../../shared/coaching'
import { SESSION_KINDS } from '../../../../shared/domain'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import { isApiError } from '../../api/errors'
import { Badge } from '../../components/Badge'
import { Button, buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { formatDay } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useCommands } from '../palette/commandsContext'
import { PrintButtons } from '../print/PrintButtons'
import { RepFormDialog } from './RepFormDialog'
import { LostDealLessons, OpenSkills, RepRescues, RootCauseTally } from './RepInsights'
import { RepTimeline } from './RepTimeline'
import { useArchiveToggle } from './useArchiveToggle'
import { useRepOverview } from './useRepOverview'
import './reps.css'
import { useIdParam } from '../../app/paths'

const back = (
  <Link href="/reps">
    <span aria-hidden="true">← </span>All reps
  </Link>
)

/** One rep: their calls and sessions, the skills still to drill, lessons, and this month's rescues. */
export function RepDetailPage() {
  const id = useIdParam()
  const overview = useRepOverview(id)
  useDocumentTitle(overview.data?.rep.name ?? 'Rep')

  if (overview.isPending) {
    return (
      <>
        <PageHeader eyebrow={back} title="Rep" />
        <LoadingState label="Loading the rep…" />
      </>
    )
  }
  if (overview.isError) {
    if (isApiError(overview.error) && overview.error.code === 'NOT_FOUND') {
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
        <ErrorState
          title="This rep could not be loaded"
          message={overview.error.message}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      </>
    )
  }
  return <RepScreen overview={overview.data} />
}

function RepScreen({ overview }: { overview: RepOverview }) {
  const { rep } = overview
  const [editing, setEditing] = useState(false)
  const archive = useArchiveToggle()
  const commands = useCommands()
  const sessionsTotal = SESSION_KINDS.reduce((sum, kind) => sum + overview.sessionsByKind[kind], 0)
  const sessionMix = SESSION_KINDS.filter((kind) => overview.sessionsByKind[kind] > 0)
    .map((kind) => `${overview.sessionsByKind[kind]} ${SESSION_KIND_LABELS[kind].toLowerCase()}`)
    .join(', ')

  return (
    <>
      <PageHeader
        eyebrow={back}
        title={rep.name}
        description={
          <span className="cluster">
            {(rep.title || rep.startedOn) && (
              <span>{[rep.title, rep.startedOn && `Started ${formatDay(rep.startedOn)}`].filter(Boolean).join(' · ')}</span>
            )}
            {rep.archived && <Badge>Archived</Badge>}
          </span>
        }
        actions={
          <>
            {!rep.archived && (
              <>
                <Button variant="primary" onClick={() => commands.newCall({ repId: rep.id })}>
                  New call with {rep.name}
                </Button>
                <Button onClick={() => commands.logSession({ repId: rep.id })}>Log a coaching session</Button>
              </>
            )}
            <PrintButtons view={{ kind: 'rep', repId: rep.id, period: null }} />
            <Button onClick={() => setEditing(true)}>Edit</Button>
            <Button onClick={() => archive.toggle(rep)} busy={archive.pendingId === rep.id}>
              {rep.archived ? 'Unarchive' : 'Archive'}
            </Button>
          </>
        }
      />

      <div className="rep-summary">
        <RepRescues month={overview.thisMonth} repName={rep.name} />
        <section className="card rep-rescues" aria-labelledby="rep-sessions-heading">
          <h2 id="rep-sessions-heading" className="rep-rescues__heading">
            Coaching sessions with {rep.name}
          </h2>
          <p className="rep-rescues__figure">
            <span className="rep-rescues__count">{sessionsTotal}</span>
            <span className="rep-rescues__context">{sessionsTotal === 0 ? 'none logged yet' : sessionMix}</span>
          </p>
        </section>
      </div>

      <div className="rep-panels">
        <OpenSkills skills={overview.openSkills} repName={rep.name} />
        <LostDealLessons lessons={overview.lostDealLessons} />
        <RootCauseTally counts={overview.rootCauses} repName={rep.name} />
      </div>

      <section className="rep-timeline" aria-labelledby="rep-timeline-heading">
        <h2 id="rep-timeline-heading">Timeline</h2>
        {overview.timeline.length === 0 ? (
          <EmptyState
            title="Nothing recorded yet"
            headingLevel={3}
            action={
              !rep.archived && (
                <>
                  <Button variant="primary" onClick={() => commands.newCall({ repId: rep.id })}>
                    Record a call with {rep.name}
                  </Button>
                  <Button onClick={() => commands.logSession({ repId: rep.id })}>Log a coaching session</Button>
                </>
              )
            }
          >
            Calls you join with {rep.name} and the coaching sessions you hold together will line up here, newest first.
          </EmptyState>
        ) : (
          <RepTimeline entries={overview.timeline} total={overview.timelineTotal} repName={rep.name} today={overview.today} />
        )}
      </section>

      <RepFormDialog open={editing} onClose={() => setEditing(false)} rep={rep} />
    </>
  )
}
