import { useCallback, useRef, useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { STAGES, STAKES } from '../../../../shared/domain'
import type { Call } from '../../../../shared/entities'
import { DEFAULT_SETTINGS } from '../../../../shared/entities'
import { STAGE_LABELS, STAKES_LABELS } from '../../../../shared/labels'
import { useApi } from '../../api/ApiProvider'
import { mapFieldErrors, type FieldErrors } from '../../api/errors'
import { useCreateCall, useUpdateCall } from '../../api/useCalls'
import { useReps } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { Button, buttonClass } from '../../components/Button'
import { Dialog, DialogActions, useDiscardGuard } from '../../components/Dialog'
import { formChanged } from '../../lib/formChanged'
import { Field, FieldGroup } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { useToast } from '../../components/Toast'
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid'
import { useDialogBase } from '../../lib/editing'
import { formatMoney, todayIso } from '../../lib/format'
import { CALL_FIELDS, callTitle, callToForm, emptyCallForm, formToCallInput, type CallField, type CallFormValues } from './callForm'
import './calls.css'

export type CallFormDialogProps = {
  open: boolean
  onClose: () => void
  /** Edit this call; without one the dialog records a new call. */
  call?: Call | undefined
  /** Preselects the rep of a new call (e.g. from the rep's own page). */
  defaultRepId?: string | undefined
  onSaved?: (call: Call) => void
}

export function CallFormDialog({ open, onClose, call, defaultRepId, onSaved }: CallFormDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={call ? 'Edit call' : 'New call'} size="lg">
      <CallForm
        call={call}
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

type CallFormProps = {
  call?: Call | undefined
  defaultRepId?: string | undefined
  onCancel: () => void
  onSaved: (call: Call) => void
}

function CallForm({ call, defaultRepId, onCancel, onSaved }: CallFormProps) {
  const reps = useReps({ includeArchived: true })
  const settings = useSettings().data ?? DEFAULT_SETTINGS
  const [values, setValues] = useState<CallFormValues>(() => (call ? callToForm(call) : emptyCallForm(todayIso(), defaultRepId)))
  const [initial] = useState(values)
  useDiscardGuard(formChanged(initial, values, call ? [] : ['repId']))
  const activeReps = reps.data?.filter((rep) => !rep.archived) ?? []
  // With one active rep there is nothing to choose: take them (once the list has loaded).
  const onlyRep = activeReps.length === 1 ? activeReps[0]?.id : undefined
  if (!call && values.repId === '' && onlyRep) setValues((current) => ({ ...current, repId: onlyRep }))
  const [localErrors, setLocalErrors] = useState<FieldErrors<CallField>>({})
  const create = useCreateCall()
  // One id per form: a double click or a retry after a timeout answers the call it made, not a second one.
  const [newId] = useState(() => crypto.randomUUID())
  const update = useUpdateCall()
  const api = useApi()
  const reread = useCallback(async () => {
    const detail = await api.calls.get({ id: call?.id ?? '' })
    return detail.ok ? { ok: true as const, value: detail.value.call } : detail
  }, [api, call?.id])
  const { base, onError } = useDialogBase(call, reread)
  const mutation = call ? update : create
  const toast = useToast()
  const server = mapFieldErrors(mutation.error, CALL_FIELDS)
  const errors: FieldErrors<CallField> = { ...server.fieldErrors, ...localErrors }
  const formRef = useRef<HTMLFormElement>(null)
  const [localFailure, setLocalFailure] = useState(0)
  useFocusFirstInvalid(formRef, mutation.error ?? localFailure)

  const set =
    <K extends keyof CallFormValues>(field: K) =>
    (value: CallFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }))
      setLocalErrors((current) => ({ ...current, [field]: undefined }))
    }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (mutation.isPending) return
    const parsed = formToCallInput(values)
    if (!parsed.ok) {
      setLocalErrors(parsed.fieldErrors)
      // Older answers from the core no longer apply; this attempt failed here.
      mutation.reset()
      setLocalFailure((n) => n + 1)
      return
    }
    setLocalErrors({})
    const done = (saved: Call) => {
      toast.show(call ? 'Call saved' : `Call added: ${callTitle(saved)}`)
      onSaved(saved)
    }
    if (call) update.mutate({ id: call.id, ...parsed.input, base }, { onSuccess: done, onError })
    else create.mutate({ id: newId, ...parsed.input }, { onSuccess: done })
  }

  if (reps.isPending) return <LoadingState label="Loading reps…" />
  if (reps.isError) return <FormAlert>Your reps could not be loaded: {reps.error.message}</FormAlert>
  // An archived rep is offered only when the call being edited already belongs to them.
  const choices = reps.data.filter((rep) => !rep.archived || rep.id === values.repId)
  if (choices.length === 0) {
    return (
      <div className="stack">
        <p>A call belongs to one of your reps, and there are no active reps yet.</p>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Link href="/reps" className={buttonClass('primary')} onClick={onCancel}>
            Go to Reps
          </Link>
        </DialogActions>
      </div>
    )
  }

  const threshold = settings.interstateThreshold
  const autoHint =
    threshold === null
      ? 'Automatic means sidewalk until you set an interstate threshold in Settings.'
      : `Automatic: interstate from ${formatMoney(threshold, settings.currency)}, otherwise sidewalk.`

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={call ? 'Edit call' : 'New call'}>
      {server.formError && <FormAlert>{server.formError}</FormAlert>}
      <div className="form-grid">
        <Field label="Rep" required error={errors.repId} className="span-2">
          {(control) => (
            <select {...control} className="select" value={values.repId} onChange={(e) => set('repId')(e.target.value)} data-autofocus>
              {values.repId === '' && <option value="">Choose a rep</option>}
              {choices.map((rep) => (
                <option key={rep.id} value={rep.id}>
                  {rep.archived ? `${rep.name} (archived)` : rep.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date" required error={errors.date}>
          {(control) => <input {...control} className="input" type="date" value={values.date} onChange={(e) => set('date')(e.target.value)} />}
        </Field>
        <Field label="Time" optional error={errors.time}>
          {(control) => <input {...control} className="input" type="time" value={values.time} onChange={(e) => set('time')(e.target.value)} />}
        </Field>
        <Field label="Account" optional error={errors.account}>
          {(control) => (
            <input {...control} className="input" value={values.account} onChange={(e) => set('account')(e.target.value)} autoComplete="off" />
          )}
        </Field>
        <Field label="Opportunity" optional error={errors.opportunity}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={values.opportunity}
              onChange={(e) => set('opportunity')(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={`Deal value (${settings.currency})`} optional error={errors.dealValue}>
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="decimal"
              value={values.dealValue}
              onChange={(e) => set('dealValue')(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Stage" optional error={errors.stage}>
          {(control) => (
            <select {...control} className="select" value={values.stage} onChange={(e) => set('stage')(e.target.value as CallFormValues['stage'])}>
              <option value="">Not set</option>
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FieldGroup
          legend="Stakes"
          className="span-2"
          description={`Sidewalk calls are everyday deals where the rep can try and learn; interstate calls are the year's biggest. ${autoHint}`}
          error={errors.stakes}
        >
          <div className="choices">
            {(['auto', ...STAKES] as const).map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name="stakes"
                  value={option}
                  checked={values.stakes === option}
                  onChange={() => set('stakes')(option)}
                />
                {option === 'auto' ? 'Automatic' : STAKES_LABELS[option]}
              </label>
            ))}
          </div>
        </FieldGroup>
      </div>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {call ? 'Save changes' : 'Save call'}
        </Button>
      </DialogActions>
    </form>
  )
}
