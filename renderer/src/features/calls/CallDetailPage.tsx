import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { DEFAULT_SETTINGS } from '../../../../shared/entities'
import { STAGE_LABELS, STAKES_HINTS } from '../../../../shared/labels'
import { isApiError } from '../../api/errors'
import { useCall, useDeleteCall, useUpdateCall } from '../../api/useCalls'
import { useSettings } from '../../api/useSettings'
import { Badge } from '../../components/Badge'
import { Button, buttonClass } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { useToast } from '../../components/Toast'
import { formatDay, formatMoney, formatTime } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { PrintButtons } from '../print/PrintButtons'
import { fullDebriefStillToDo } from '../../../../shared/quickDebrief'
import { DebriefStatus, PrebriefStatus } from './BriefStatus'
import { BriefLoader } from './BriefLoader'
import { CallSectionNav, type CallSection } from './CallSectionNav'
import { callTitle } from './callForm'
import { CallFormDialog } from './CallFormDialog'
import { takePlanOffer } from './justSaved'
import { PlanItNow } from './PlanItNow'
import { StakesBadge } from './StakesBadge'
import './calls.css'
import { paths, useIdParam } from '../../app/paths'

type Dialogs = 'none' | 'edit' | 'delete'

/** `#/calls/<id>`: the call's details and where its pre-brief and debrief stand. */
export function CallDetailPage() {
  return <CallPage section="details" />
}

/** `#/calls/<id>/prebrief`: the plan, made before the call (a deep link for "new pre-brief"). */
export function CallPrebriefPage() {
  return <CallPage section="prebrief" />
}

/** `#/calls/<id>/debrief`: the look back, with the plan beside it (a deep link for "new debrief"). */
export function CallDebriefPage() {
  return <CallPage section="debrief" />
}

const SECTION_TITLES: Record<CallSection, string> = { details: '', prebrief: 'Pre-brief', debrief: 'Debrief' }

function CallPage({ section }: { section: CallSection }) {
  const id = useIdParam()
  const detail = useCall(id)
  const settings = useSettings().data ?? DEFAULT_SETTINGS
  const [dialog, setDialog] = useState<Dialogs>('none')
  const [planOffer, setPlanOffer] = useState(() => section === 'details' && takePlanOffer(id))
  const update = useUpdateCall()
  const remove = useDeleteCall()
  const toast = useToast()
  const [, navigate] = useLocation()
  const sectionTitle = SECTION_TITLES[section]
  const baseTitle = detail.data ? callTitle(detail.data.call) : 'Call'
  useDocumentTitle(sectionTitle ? `${sectionTitle} · ${baseTitle}` : baseTitle)

  const back = (
    <Link href="/calls">
      <span aria-hidden="true">← </span>All calls
    </Link>
  )

  if (detail.isPending) {
    return (
      <>
        <PageHeader eyebrow={back} title="Call" />
        <LoadingState label="Loading the call…" />
      </>
    )
  }
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.code === 'NOT_FOUND') {
      return (
        <>
          <PageHeader eyebrow={back} title="Call not found" />
          <EmptyState
            title="This call is not in your journal"
            action={
              <Link href="/calls" className={buttonClass('primary')}>
                Go to Calls
              </Link>
            }
          >
            It may have been deleted.
          </EmptyState>
        </>
      )
    }
    return (
      <>
        <PageHeader eyebrow={back} title="Call" />
        <ErrorState
          title="This call could not be loaded"
          message={detail.error.message}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      </>
    )
  }

  const { call, rep, effectiveStakes, prebrief, debrief } = detail.data
  const toggleCancelled = () =>
    update.mutate(
      { id: call.id, cancelled: !call.cancelled },
      {
        onSuccess: (saved) =>
          toast.show(saved.cancelled ? 'Marked as cancelled. Cancelled calls are left out of your figures.' : 'The call is back on.'),
        onError: (error) => toast.show(`Could not update the call: ${error.message}`, 'error'),
      },
    )
  const confirmDelete = () =>
    remove.mutate(call.id, {
      onSuccess: () => {
        toast.show(`Deleted the call ${callTitle(call)}`)
        navigate('/calls')
      },
    })

  return (
    <>
      <PageHeader
        eyebrow={back}
        title={callTitle(call)}
        description={
          <span className="cluster">
            <span>
              {formatDay(call.date)}
              {call.time && ` at ${formatTime(call.time)}`} with <Link href={paths.rep(rep.id)}>{rep.name}</Link>
            </span>
            <StakesBadge stakes={effectiveStakes} />
            {call.cancelled && <Badge tone="danger">Cancelled</Badge>}
          </span>
        }
        actions={
          <>
            <Button onClick={() => setDialog('edit')}>Edit details</Button>
            <PrintButtons view={{ kind: 'debrief', callId: call.id }} />
            <Button onClick={toggleCancelled} busy={update.isPending}>
              {call.cancelled ? 'Mark as not cancelled' : 'Mark cancelled'}
            </Button>
            <Button variant="danger" onClick={() => setDialog('delete')}>
              Delete
            </Button>
          </>
        }
      />

      <CallSectionNav callId={call.id} section={section} hasPrebrief={prebrief !== null} hasDebrief={debrief !== null} />

      {section === 'prebrief' && <BriefLoader key={`prebrief-${call.id}`} callId={call.id} kind="prebrief" settings={settings} />}
      {section === 'debrief' && <BriefLoader key={`debrief-${call.id}`} callId={call.id} kind="debrief" settings={settings} />}

      {section === 'details' && planOffer && !prebrief && <PlanItNow callId={call.id} onDismiss={() => setPlanOffer(false)} />}

      {section === 'details' && (
        <div className="detail-grid">
          <section className="card" aria-labelledby="call-details-heading">
            <h2 id="call-details-heading">Details</h2>
            <dl className="details">
              <dt>Rep</dt>
              <dd>
                <Link href={paths.rep(rep.id)}>{rep.name}</Link>
                {rep.archived && ' (archived)'}
              </dd>
              <dt>Date</dt>
              <dd>{formatDay(call.date)}</dd>
              <dt>Time</dt>
              <dd>{call.time ? formatTime(call.time) : <span className="muted">Not set</span>}</dd>
              <dt>Account</dt>
              <dd>{call.account ?? <span className="muted">Not set</span>}</dd>
              <dt>Opportunity</dt>
              <dd>{call.opportunity ?? <span className="muted">Not set</span>}</dd>
              <dt>Deal value</dt>
              <dd>{call.dealValue === null ? <span className="muted">Not set</span> : formatMoney(call.dealValue, settings.currency)}</dd>
              <dt>Stage</dt>
              <dd>{call.stage ? STAGE_LABELS[call.stage] : <span className="muted">Not set</span>}</dd>
              <dt>Stakes</dt>
              <dd>
                <StakesBadge stakes={effectiveStakes} />{' '}
                <span className="muted">{call.stakes ? '(set by you)' : '(automatic, from the deal value)'}</span>
                <br />
                <span className="muted">{STAKES_HINTS[effectiveStakes]}</span>
              </dd>
            </dl>
          </section>

          <section className="card" aria-labelledby="coaching-heading">
            <h2 id="coaching-heading">Coaching</h2>
            <PrebriefStatus prebrief={prebrief} />
            <p className="brief-status__action">
              <Link href={paths.call(call.id, 'prebrief')} className={buttonClass(prebrief ? 'secondary' : 'primary', 'sm')}>
                {prebrief ? 'Open the pre-brief' : 'Plan this call'}
              </Link>
            </p>
            <DebriefStatus debrief={debrief} />
            <p className="brief-status__action cluster">
              {!debrief && (
                <Link href={paths.quickDebrief(call.id)} className={buttonClass(prebrief ? 'primary' : 'secondary', 'sm')}>
                  Quick debrief (60 seconds)
                </Link>
              )}
              <Link href={paths.call(call.id, 'debrief')} className={buttonClass('secondary', 'sm')}>
                {fullDebriefStillToDo(debrief) ? 'Finish the full debrief' : debrief ? 'Open the debrief' : 'Full debrief'}
              </Link>
            </p>
          </section>
        </div>
      )}

      <CallFormDialog open={dialog === 'edit'} onClose={() => setDialog('none')} call={call} />
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete this call?"
        confirmLabel="Delete call"
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={confirmDelete}
        onCancel={() => {
          remove.reset()
          setDialog('none')
        }}
      >
        <p>
          The call {callTitle(call)} on {formatDay(call.date)} will be removed from your journal, together with its
          pre-brief and debrief. This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  )
}
