import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../../shared/contract'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { invalidateJournal } from '../../api/invalidate'
import { queryKeys } from '../../api/queryKeys'

export type SettingsUpdateInput = InputOf<'settings', 'update'>

/**
 * Saves settings. The threshold decides every call's automatic stakes, so besides the settings
 * themselves everything derived from calls is marked stale.
 */
export function useUpdateSettings() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SettingsUpdateInput) => unwrap(api.settings.update(input)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.settings, saved)
      await invalidateJournal(queryClient)
    },
  })
}

/** Where the journal lives and which versions are running: it does not change while the app runs. */
export function useAppInfo() {
  const api = useApi()
  return useQuery({
    queryKey: ['app', 'info'] as const,
    queryFn: () => unwrap(api.app.info({})),
    staleTime: Infinity,
  })
}
