import { useRef, useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import type { CoachingSession } from '../../../../shared/entities'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import { mapFieldErrors, type FieldErrors } from '../../api/errors'
import { useReps } from '../../api/useReps'
import { Button, buttonClass } from '../../components/Button'
import { Dialog, DialogActions, useDiscardGuard } from '../../components/Dialog'
import { formChanged } from '../../lib/formChanged'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { useToast } from '../../components/Toast'
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid'
import { todayIso } from '../../lib/format'
import { SessionFields } from './SessionFields'
import { SESSION_FIELDS, emptySessionForm, formToSessionInput, type SessionField, type SessionFormValues } from './sessionForm'
import { useCreateSession } from './useSessions'

export type SessionFormDialogProps = {
  open: boolean
  onClose: () => void
  /** Preselects the rep (e.g. on the rep's own page). */
  defaultRepId?: string | undefined
  onSaved?: (session: CoachingSession) => void
}

/**
 * Logs a new coaching session. Saving is explicit here: a session needs its rep, day and kind
 * before it can exist; once it does, its own screen saves every change as it is made.
 */
export function SessionFormDialog({ open, onClose, defaultRepId, onSaved }: SessionFormDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Log a coaching session" size="lg">
      <SessionForm
        defaultRepId={defaultRepId}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose()
          onSaved?.(saved)
        }}
      />
    </Dialog>
  )
}

function SessionForm({ defaultRepId, onCancel, onSaved }: { defaultRepId?: string | undefined; onCancel: () => void; onSaved: (s: CoachingSession) => void }) {
  const reps = useReps({ includeArchived: true })
  const [values, setValues] = useState<SessionFormValues>(() => emptySessionForm(todayIso(), defaultRepId))
  const [initial] = useState(values)
  useDiscardGuard(formChanged(initial, values, ['repId']))
  const [localErrors, setLocalErrors] = useState<FieldErrors<SessionField>>({})
  const [localFailure, setLocalFailure] = useState(0)
  const create = useCreateSession()
  // One id per form: a double click or a retry after a timeout answers the session it made, not a second one.
  const [newId] = useState(() => crypto.randomUUID())
  const toast = useToast()
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, create.error ?? localFailure)
  const server = mapFieldErrors(create.error, SESSION_FIELDS)
  const errors = { ...server.fieldErrors, ...localErrors }

  const active = reps.data?.filter((rep) => !rep.archived) ?? []
  // With one active rep there is nothing to choose.
  const onlyRep = active.length === 1 ? active[0]?.id : undefined
  if (values.repId === '' && onlyRep) setValues((current) => ({ ...current, repId: onlyRep }))

  const change = <K extends keyof SessionFormValues>(field: K, value: SessionFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    setLocalErrors((current) => ({ ...current, [field]: undefined }))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (create.isPending) return
    const parsed = formToSessionInput(values)
    if (!parsed.ok) {
      create.reset()
      setLocalErrors(parsed.fieldErrors)
      setLocalFailure((n) => n + 1)
      return
    }
    setLocalErrors({})
    create.mutate({ id: newId, ...parsed.input }, {
      onSuccess: (saved) => {
        const rep = reps.data?.find((r) => r.id === saved.repId)
        toast.show(`Logged a ${SESSION_KIND_LABELS[saved.kind].toLowerCase()} with ${rep?.name ?? 'the rep'}`)
        onSaved(saved)
      },
    })
  }

  if (reps.isPending) return <LoadingState label="Loading reps…" />
  if (reps.isError) return <FormAlert>Your reps could not be loaded: {reps.error.message}</FormAlert>
  if (active.length === 0 && !reps.data.some((rep) => rep.id === values.repId)) {
    return (
      <div className="stack">
        <p>A coaching session is always with one of your reps, and there are no active reps yet.</p>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Link href="/reps" className={buttonClass('primary')} onClick={onCancel}>
            Go to Reps
          </Link>
        </DialogActions>
      </div>
    )
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Log a coaching session">
      {server.formError && <FormAlert>{server.formError}</FormAlert>}
      <SessionFields values={values} onChange={change} errors={errors} reps={reps.data} idPrefix="new-session" autoFocusFirst />
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={create.isPending}>
          Log session
        </Button>
      </DialogActions>
    </form>
  )
}
