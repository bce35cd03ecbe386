import { hashKey, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { DebriefInput, PrebriefInput } from '../../../../shared/contract'
import type { CallDetail, Debrief, Prebrief } from '../../../../shared/entities'
import { ok } from '../../../../shared/result'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { queryKeys } from '../../api/queryKeys'
import type { MergedSave } from '../../lib/editing'

/**
 * A call for editing its briefs: always read afresh when the editor opens (`refetchOnMount:
 * 'always'`), because the form starts from it and an older cached copy could be saved back over
 * newer words.
 */
export function useCallForEditing(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.calls.detail(id),
    queryFn: () => unwrap(api.calls.get({ id })),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  })
}

export const nextSkillFocusKey = (repId: string) => ['reps', 'nextSkillFocus', repId] as const

/** The rep's newest open skill to drill: what a new pre-brief sets out to observe. */
export function useNextSkillFocus(repId: string) {
  const api = useApi()
  return useQuery({
    queryKey: nextSkillFocusKey(repId),
    queryFn: () => unwrap(api.reps.nextSkillFocus({ repId })),
    refetchOnWindowFocus: false,
  })
}

/** A call's date and names, to say where a carried-over skill came from. */
export function useCallSource(callId: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.calls.detail(callId ?? ''),
    queryFn: () => unwrap(api.calls.get({ id: callId ?? '' })),
    enabled: callId !== null,
    refetchOnWindowFocus: false,
  })
}

/**
 * After a brief is stored: the call's cached detail takes the stored brief (so reopening the
 * editor never starts from an older copy), and everything else derived from the journal is
 * marked stale: lists, home, the rep's page. Screens on view refetch, the rest when opened: a
 * save that lands after the manager has moved on (the last autosave of a debrief left for Home)
 * must not leave the screen now showing what was read before it.
 */
function afterSave(queryClient: QueryClient, callId: string, change: Partial<Pick<CallDetail, 'prebrief' | 'debrief'>>): void {
  const key = queryKeys.calls.detail(callId)
  queryClient.setQueryData<CallDetail>(key, (old) => (old ? { ...old, ...change } : old))
  const own = hashKey(key)
  void queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'settings' && query.queryHash !== own,
    refetchType: 'active',
  })
}

/**
 * Saves answer Results (never throw), as the autosave expects. Each states the base it started
 * from and answers what the journal stored with the fields it could not take (docs/conflicts.md).
 */
export function useBriefSavers(callId: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  const savePrebrief = useCallback<MergedSave<PrebriefInput, Prebrief>>(
    async (prebrief, base) => {
      const result = await api.prebriefs.save({ callId, prebrief, base })
      if (!result.ok) return result
      afterSave(queryClient, callId, { prebrief: result.value.prebrief })
      return ok({ stored: result.value.prebrief, conflicts: result.value.conflicts })
    },
    [api, queryClient, callId],
  )
  const saveDebrief = useCallback<MergedSave<DebriefInput, Debrief>>(
    async (debrief, base) => {
      const result = await api.debriefs.save({ callId, debrief, base })
      if (!result.ok) return result
      afterSave(queryClient, callId, { debrief: result.value.debrief })
      return ok({ stored: result.value.debrief, conflicts: result.value.conflicts })
    },
    [api, queryClient, callId],
  )
  return { savePrebrief, saveDebrief }
}
