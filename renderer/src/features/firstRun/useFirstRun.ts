import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Api } from '../../../../shared/api'
import type { DemoStatus } from '../../../../shared/firstRun'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'

export const firstRunKey = ['firstRun'] as const
export const demoKey = ['demo'] as const

/** Whether the journal is empty and the first-run lesson was closed (shared/firstRun.ts). */
export const firstRunStatusQuery = (api: Api) => queryOptions({ queryKey: firstRunKey, queryFn: () => unwrap(api.firstRun.status({})) })

export function useFirstRunStatus() {
  return useQuery(firstRunStatusQuery(useApi()))
}

export function useDismissFirstRun() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.firstRun.dismiss({})),
    onSuccess: (status) => queryClient.setQueryData(firstRunKey, status),
  })
}

/** Which journal is open: the demo or the real one. */
export const demoStatusQuery = (api: Api) => queryOptions({ queryKey: demoKey, queryFn: () => unwrap(api.demo.status({})) })

export function useDemoStatus() {
  return useQuery(demoStatusQuery(useApi()))
}

export type DemoAction = 'open' | 'close' | 'remove'

/**
 * Opens, leaves or removes the demo journal. Every cached answer came from the journal that was
 * open before, so all of it is dropped and read again from the one open now (the other windows
 * and tabs hear of the switch as a change to everything).
 */
export function useSwitchJournal() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: DemoAction): Promise<DemoStatus> => unwrap(api.demo[action]({})),
    onSuccess: async (status) => {
      queryClient.setQueryData(demoKey, status)
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== demoKey[0] })
    },
  })
}
