import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { CoachingSession } from '../../../../shared/entities'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import { isApiError, mapFieldErrors } from '../../api/errors'
import { useReps } from '../../api/useReps'
import { Button, buttonClass } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { useToast } from '../../components/Toast'
import { SaveIndicator } from '../../lib/autosave'
import { CONFLICT_ATTENTION, ConflictPanel, useMergedAutosave, type Choice } from '../../lib/editing'
import { formatDay } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useShallowStable } from '../../lib/useShallowStable'
import { SessionFields } from './SessionFields'
import { SESSION_BOTH, sessionConflicts, sessionShape } from './sessionEditing'
import { SESSION_FIELDS, formToSessionInput, sessionTitle, sessionToForm, type SessionFormValues } from './sessionForm'
import { useDeleteSession, useSaveSession, useSession } from './useSessions'
import './sessions.css'
import { paths, useIdParam } from '../../app/paths'

const back = (
  <Link href="/sessions">
    <span aria-hidden="true">← </span>All sessions
  </Link>
)

/**
 * One coaching session, edited in place: every change is saved as it is made, merged with what
 * another window changes meanwhile (docs/conflicts.md).
 */
export function SessionPage() {
  const id = useIdParam()
  const session = useSession(id)
  const reps = useReps({ includeArchived: true })
  useDocumentTitle(session.data ? sessionTitle(SESSION_KIND_LABELS[session.data.kind], session.data.skill) : 'Coaching session')

  if (session.isPending || reps.isPending) {
    return (
      <>
        <PageHeader eyebrow={back} title="Coaching session" />
        <LoadingState label="Loading the session…" />
      </>
    )
  }
  if (session.isError && isApiError(session.error) && session.error.code === 'NOT_FOUND') {
    return (
      <>
        <PageHeader eyebrow={back} title="Session not found" />
        <EmptyState
          title="This session is not in your journal"
          action={
            <Link href="/sessions" className={buttonClass('primary')}>
              Go to Sessions
            </Link>
          }
        >
          It may have been deleted.
        </EmptyState>
      </>
    )
  }
  // A failed refetch (the server restarting, say) keeps the editor and its words on screen.
  if (session.data && reps.data) return <SessionEditor key={session.data.id} session={session.data} reps={reps.data} />
  return (
    <>
      <PageHeader eyebrow={back} title="Coaching session" />
      <ErrorState
        title="This session could not be loaded"
        message={(session.error ?? reps.error)?.message ?? 'Something went wrong.'}
        onRetry={() => {
          void session.refetch()
          void reps.refetch()
        }}
        retrying={session.isFetching || reps.isFetching}
      />
    </>
  )
}

function SessionEditor({ session, reps }: { session: CoachingSession; reps: NonNullable<ReturnType<typeof useReps>['data']> }) {
  const [shape] = useState(sessionShape)
  const [initialForm] = useState<SessionFormValues>(() => sessionToForm(session))
  const [confirming, setConfirming] = useState(false)
  const save = useSaveSession(session.id)
  const { form: values, setForm: setValues, setFormDrawnLater, autosave, held, choose } = useMergedAutosave({ shape, initialForm, stored: session, save })
  const remove = useDeleteSession()
  const toast = useToast()
  const [, navigate] = useLocation()
  const parsed = formToSessionInput(values)
  const conflicts = useMemo(() => sessionConflicts(held, reps), [held, reps])
  const server = mapFieldErrors(autosave.error, SESSION_FIELDS)
  // Rebuilt at each render, kept as the same object while the same, so the fields below bail out.
  const errors = useShallowStable({ ...server.fieldErrors, ...(parsed.ok ? {} : parsed.fieldErrors) })
  const rep = reps.find((r) => r.id === values.repId)
  const kindLabel = values.kind ? SESSION_KIND_LABELS[values.kind] : 'Coaching session'

  // Every key typed in the notes renders this screen again (its form holds them); what does not
  // depend on the notes keeps its props or elements, so React skips it (docs/performance.md,
  // "Typing, stop 21").
  // The notes' editor draws a key itself: the screen around it renders after that frame.
  const change = useCallback(
    <K extends keyof SessionFormValues>(field: K, value: SessionFormValues[K]) =>
      (field === 'notes' ? setFormDrawnLater : setValues)((current) => ({ ...current, [field]: value })),
    [setValues, setFormDrawnLater],
  )
  const { flush, retry, status, sending } = autosave
  const flushOnBlur = useCallback(() => void flush(), [flush])
  const onChoose = useCallback(
    (field: string, choice: Choice) => choose(field, choice, SESSION_BOTH[field as keyof typeof SESSION_BOTH]),
    [choose],
  )

  const confirmDelete = async () => {
    // Whatever is still waiting to be saved lands first, so no save is left to retry against a
    // session that is gone.
    await flush()
    remove.mutate(session.id, {
      onSuccess: () => {
        toast.show(`Deleted the ${kindLabel.toLowerCase()} of ${formatDay(session.date)}`)
        navigate(rep ? paths.rep(rep.id) : '/sessions')
      },
    })
  }
  // The delete question, drawn once, acts on the screen as it is when answered.
  const confirmLatest = useRef(confirmDelete)
  useLayoutEffect(() => {
    confirmLatest.current = confirmDelete
  })

  const title = sessionTitle(kindLabel, values.skill.trim() || null)
  const day = values.date || session.date
  const idleText = parsed.ok ? 'Changes save as you make them' : 'Fix the highlighted field to save'
  const attention = conflicts.length > 0 ? CONFLICT_ATTENTION : undefined
  const header = useMemo(
    () => (
      <PageHeader
        eyebrow={back}
        title={title}
        description={
          <span className="cluster">
            <span>
              {formatDay(day)}
              {rep && (
                <>
                  {' '}
                  with <Link href={paths.rep(rep.id)}>{rep.name}</Link>
                </>
              )}
            </span>
          </span>
        }
        actions={
          <>
            <SaveIndicator status={status} sending={sending} onRetry={() => void retry()} idleText={idleText} attention={attention} />
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Delete session
            </Button>
          </>
        }
      />
    ),
    [title, day, rep, status, sending, retry, idleText, attention],
  )
  const conflictPanel = useMemo(() => <ConflictPanel items={conflicts} onChoose={onChoose} />, [conflicts, onChoose])
  const { isPending: removing, error: removeError, reset: resetRemove } = remove
  const repName = rep?.name ?? null
  const confirmDialog = useMemo(
    () => (
      <ConfirmDialog
        open={confirming}
        title="Delete this session?"
        confirmLabel="Delete session"
        danger
        busy={removing}
        error={removeError?.message ?? null}
        onConfirm={() => void confirmLatest.current()}
        onCancel={() => {
          resetRemove()
          setConfirming(false)
        }}
      >
        <p>
          The {kindLabel.toLowerCase()} of {formatDay(session.date)}
          {repName ? ` with ${repName}` : ''} will be removed from your journal, notes included. This cannot be undone.
        </p>
      </ConfirmDialog>
    ),
    [confirming, removing, removeError, resetRemove, kindLabel, session.date, repName],
  )

  return (
    <>
      {header}
      <section className="card session-editor" aria-label="Session details">
        {server.formError && <FormAlert>{server.formError}</FormAlert>}
        {conflictPanel}
        <SessionFields values={values} onChange={change} errors={errors} reps={reps} onBlur={flushOnBlur} idPrefix="session" headingLevel={2} />
      </section>
      {confirmDialog}
    </>
  )
}
