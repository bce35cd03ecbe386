import { useState } from 'react'
import type { Rep } from '../../../../shared/entities'
import { useMergeRep, useReps } from '../../api/useReps'
import { Button } from '../../components/Button'
import { Dialog, DialogActions } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'

/**
 * A rep entered twice (docs/conflicts.md, "Reps entered twice"): every call and session of this
 * rep moves to the one chosen, which keeps its own name and details, and this one is removed.
 */
export function RepMergeDialog({ rep, open, onClose, onMerged }: { rep: Rep; open: boolean; onClose: () => void; onMerged: (into: Rep) => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Merge ${rep.name} into another rep`} size="sm">
      {open && <MergeForm rep={rep} onCancel={onClose} onMerged={onMerged} />}
    </Dialog>
  )
}

function MergeForm({ rep, onCancel, onMerged }: { rep: Rep; onCancel: () => void; onMerged: (into: Rep) => void }) {
  const reps = useReps({ includeArchived: true })
  const merge = useMergeRep()
  const [intoId, setIntoId] = useState('')
  const [missing, setMissing] = useState(false)
  if (reps.isPending) return <LoadingState label="Loading reps…" />
  if (reps.isError) return <FormAlert>Your reps could not be loaded: {reps.error.message}</FormAlert>
  const others = reps.data.filter((other) => other.id !== rep.id)
  if (others.length === 0) {
    return (
      <div className="stack">
        <p>{rep.name} is your only rep, so there is no one to merge them into.</p>
        <DialogActions>
          <Button onClick={onCancel}>Close</Button>
        </DialogActions>
      </div>
    )
  }
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (merge.isPending) return
        if (intoId === '') return setMissing(true)
        merge.mutate({ id: rep.id, intoId }, { onSuccess: (summary) => onMerged(summary.rep) })
      }}
    >
      <p>
        For a rep entered twice. Every call and coaching session of {rep.name} moves to the rep you choose, who keeps their own name
        and details; {rep.name} is then removed. Nothing else is lost.
      </p>
      {merge.isError && <FormAlert>{merge.error.message} Nothing was changed.</FormAlert>}
      <Field label="Merge into" required error={missing && intoId === '' ? 'Choose the rep to keep' : null}>
        {(control) => (
          <select {...control} className="select" value={intoId} onChange={(event) => setIntoId(event.target.value)} data-autofocus>
            <option value="">Choose a rep…</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.archived ? `${other.name} (archived)` : other.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="danger" busy={merge.isPending}>
          Merge {rep.name}
        </Button>
      </DialogActions>
    </form>
  )
}
