import { useCallback, useRef, useState, type FormEvent } from 'react'
import type { Rep } from '../../../../shared/entities'
import { useApi } from '../../api/ApiProvider'
import { mapFieldErrors } from '../../api/errors'
import { useCreateRep, useUpdateRep } from '../../api/useReps'
import { Button } from '../../components/Button'
import { Dialog, DialogActions, useDiscardGuard } from '../../components/Dialog'
import { formChanged } from '../../lib/formChanged'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { useToast } from '../../components/Toast'
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid'
import { useDialogBase } from '../../lib/editing'
import { REP_FIELDS, emptyRepForm, formToRepInput, repToForm, type RepFormValues } from './repForm'

export type RepFormDialogProps = {
  open: boolean
  onClose: () => void
  /** Edit this rep; without one the dialog adds a new rep. */
  rep?: Rep | undefined
  onSaved?: (rep: Rep) => void
}

export function RepFormDialog({ open, onClose, rep, onSaved }: RepFormDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={rep ? `Edit ${rep.name}` : 'Add a rep'}>
      <RepForm rep={rep} onCancel={onClose} onSaved={(saved) => {
        onClose()
        onSaved?.(saved)
      }} />
    </Dialog>
  )
}

function RepForm({ rep, onCancel, onSaved }: { rep?: Rep | undefined; onCancel: () => void; onSaved: (rep: Rep) => void }) {
  const [values, setValues] = useState<RepFormValues>(() => (rep ? repToForm(rep) : emptyRepForm))
  const [initial] = useState(values)
  useDiscardGuard(formChanged(initial, values))
  const create = useCreateRep()
  // One id per form: a double click or a retry after a timeout answers the rep it made, not a second one.
  const [newId] = useState(() => crypto.randomUUID())
  const update = useUpdateRep()
  const api = useApi()
  const reread = useCallback(() => api.reps.get({ id: rep?.id ?? '' }), [api, rep?.id])
  const { base, onError } = useDialogBase(rep, reread)
  const mutation = rep ? update : create
  const toast = useToast()
  const { fieldErrors, formError } = mapFieldErrors(mutation.error, REP_FIELDS)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, mutation.error)

  const set = (field: keyof RepFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (mutation.isPending) return
    const input = formToRepInput(values)
    const done = (saved: Rep) => {
      toast.show(rep ? `Saved ${saved.name}` : `Added ${saved.name}`)
      onSaved(saved)
    }
    if (rep) update.mutate({ id: rep.id, ...input, base }, { onSuccess: done, onError })
    else create.mutate({ id: newId, ...input }, { onSuccess: done })
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={rep ? 'Edit rep' : 'Add rep'}>
      {formError && <FormAlert>{formError}</FormAlert>}
      <Field label="Name" required error={fieldErrors.name}>
        {(control) => (
          <input {...control} className="input" value={values.name} onChange={set('name')} autoComplete="off" data-autofocus />
        )}
      </Field>
      <Field label="Title" optional description="For example Account Executive or SDR." error={fieldErrors.title}>
        {(control) => <input {...control} className="input" value={values.title} onChange={set('title')} autoComplete="off" />}
      </Field>
      <Field label="Start date" optional description="When they joined your team." error={fieldErrors.startedOn}>
        {(control) => <input {...control} className="input" type="date" value={values.startedOn} onChange={set('startedOn')} />}
      </Field>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {rep ? 'Save changes' : 'Save rep'}
        </Button>
      </DialogActions>
    </form>
  )
}
