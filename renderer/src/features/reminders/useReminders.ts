import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../../shared/contract'
import { localClock } from '../../../../shared/localClock'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'

/**
 * Reminders as the page reads them. Under `reminders`, so any change to the journal marks them
 * stale with everything else (api/invalidate.ts); read at the page's local day and time, and
 * again each hour, since a debrief becomes due at a time of day and not only when data changes.
 */
export const reminderKeys = {
  all: ['reminders'] as const,
  inbox: ['reminders', 'inbox'] as const,
  settings: ['reminders', 'settings'] as const,
}

export const REMINDERS_REFRESH_MS = 60 * 60 * 1000

export function useReminderInbox({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi()
  return useQuery({
    queryKey: reminderKeys.inbox,
    queryFn: () => unwrap(api.reminders.list({ clock: localClock(new Date()) })),
    refetchInterval: REMINDERS_REFRESH_MS,
    enabled,
  })
}

export function useReminderSettings() {
  const api = useApi()
  return useQuery({ queryKey: reminderKeys.settings, queryFn: () => unwrap(api.reminders.settings({})) })
}

export function useUpdateReminderSettings() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'reminders', 'updateSettings'>) => unwrap(api.reminders.updateSettings(input)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(reminderKeys.settings, saved)
      await queryClient.invalidateQueries({ queryKey: reminderKeys.inbox })
    },
  })
}
