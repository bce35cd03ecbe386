import type { Rep } from '../../../../shared/entities'
import { useUpdateRep } from '../../api/useReps'
import { useToast } from '../../components/Toast'

/** Archives or brings back a rep, confirming with a toast; their calls stay either way. */
export function useArchiveToggle(onDone?: (rep: Rep) => void) {
  const update = useUpdateRep()
  const toast = useToast()
  const toggle = (rep: Rep) =>
    update.mutate(
      { id: rep.id, archived: !rep.archived },
      {
        onSuccess: (saved) => {
          toast.show(
            saved.archived
              ? `Archived ${saved.name}. Their calls stay in the journal.`
              : `${saved.name} is active again.`,
          )
          onDone?.(saved)
        },
        onError: (error) => toast.show(`Could not update ${rep.name}: ${error.message}`, 'error'),
      },
    )
  return { toggle, pendingId: update.isPending ? update.variables.id : null }
}
