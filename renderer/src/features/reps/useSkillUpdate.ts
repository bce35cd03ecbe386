import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../../shared/contract'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { todayIso } from '../../lib/format'

/**
 * Sets a skill's target, or marks it mastered, dropped or open again (docs/skills.md). The rep's
 * screen and anything else about the rep (the next pre-brief's skill, reminders) is read again.
 */
export function useSkillUpdate(repId: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<InputOf<'skills', 'update'>, 'repId' | 'today'>) =>
      unwrap(api.skills.update({ ...input, repId, today: todayIso() })),
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => JSON.stringify(query.queryKey).includes(JSON.stringify(repId)) }),
  })
}
