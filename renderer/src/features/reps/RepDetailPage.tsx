import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { RepOverview } from '../../../../shared/coaching'
import { SESSION_KINDS } from '../../../../shared/domain'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import { isApiError } from '../../api/errors'
import { useDeleteRep } from '../../api/useReps'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useToast } from '../../components/Toast'
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
import { RepMergeDialog } from './RepMergeDialog'
import { LostDealLessons, RepRescues, RootCauseTally } from './RepInsights'
import { SkillsPanel } from './SkillsPanel'
import { RepTimeline } from './RepTimeline'
import { RepTrend } from './RepTrend'
import { useArchiveToggle } from './useArchiveToggle'
import { useRepOverview } from './useRepOverview'
import './reps.css'
import { paths, useIdParam } from '../../app/paths'

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
  const [merging, setMerging] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const remove = useDeleteRep()
  const toast = useToast()
  const [, navigate] = useLocation()
  // Only a rep without a single call or session can be deleted; one with records is merged or archived.
  const deletable = overview.timelineTotal === 0
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
            <Button onClick={() => setMerging(true)}>Merge into…</Button>
            {deletable && (
              <Button variant="danger" onClick={() => setConfirmingDelete(true)}>
                Delete
              </Button>
            )}
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

      <RepTrend rep={rep} today={overview.today} />

      <div className="rep-panels">
        <SkillsPanel repId={rep.id} open={overview.openSkills} closed={overview.closedSkills} repName={rep.name} />
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
      <RepMergeDialog
        rep={rep}
        open={merging}
        onClose={() => setMerging(false)}
        onMerged={(into) => {
          setMerging(false)
          toast.show(`Merged ${rep.name} into ${into.name}: their calls and sessions are now ${into.name}’s.`)
          navigate(paths.rep(into.id))
        }}
      />
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${rep.name}?`}
        confirmLabel={`Delete ${rep.name}`}
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => {
          setConfirmingDelete(false)
          remove.reset()
        }}
        onConfirm={() =>
          remove.mutate(
            { id: rep.id },
            {
              onSuccess: () => {
                setConfirmingDelete(false)
                toast.show(`Deleted ${rep.name}.`)
                navigate('/reps')
              },
            },
          )
        }
      >
        {rep.name} has no calls and no coaching sessions. Deleting removes them from your journal.
      </ConfirmDialog>
    </>
  )
}
