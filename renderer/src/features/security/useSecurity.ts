import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Api } from '../../../../shared/api'
import type { InputOf } from '../../../../shared/contract'
import type { SecurityStatus } from '../../../../shared/security'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'

/** Kept apart from the journal's keys: clearing the journal's data on lock keeps this one. */
export const SECURITY_STATUS_KEY = ['security', 'status'] as const

/** The read behind the lock's gate, shared by its hook and the first screen's reads at boot (app/firstReads.ts). */
export const securityStatusQuery = (api: Api) =>
  queryOptions({
    queryKey: SECURITY_STATUS_KEY,
    queryFn: () => unwrap(api.security.status({})),
    // Never refetched on its own: it changes only through the actions below (or a LOCKED answer).
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  })

/** Whether the journal is encrypted and locked; read first, before anything of the journal. */
export function useSecurityStatus() {
  const api = useApi()
  return useQuery(securityStatusQuery(api))
}

/**
 * Shows the lock screen: every piece of the journal held in memory is dropped first, so nothing of
 * it stays in the page (or in a screen that re-renders) while locked.
 */
export function showLocked(queryClient: QueryClient, status: SecurityStatus): void {
  queryClient.setQueryData(SECURITY_STATUS_KEY, status)
  forgetJournal(queryClient)
}

/** Drops every cached read of the journal; the lock's own status stays (the gate watches it). */
export function forgetJournal(queryClient: QueryClient): void {
  const journal = { predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== SECURITY_STATUS_KEY[0] }
  queryClient.cancelQueries(journal).catch(() => undefined)
  queryClient.removeQueries(journal)
}

/** A security action answered by a new status, written into the cache so the gate follows it. */
function useStatusAction<I>(run: (input: I) => Promise<SecurityStatus>, options: { clearsJournal?: boolean } = {}) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: (status) => {
      if (options.clearsJournal && status.locked) showLocked(queryClient, status)
      else queryClient.setQueryData(SECURITY_STATUS_KEY, status)
    },
  })
}

export function useUnlock() {
  const api = useApi()
  return useStatusAction((input: InputOf<'security', 'unlock'>) => unwrap(api.security.unlock(input)))
}

export function useLock() {
  const api = useApi()
  return useStatusAction(() => unwrap(api.security.lock({})), { clearsJournal: true })
}

export function useEnableEncryption() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'security', 'enable'>) => unwrap(api.security.enable(input)),
    onSuccess: (enabled) => queryClient.setQueryData(SECURITY_STATUS_KEY, enabled.status),
  })
}

export function useDisableEncryption() {
  const api = useApi()
  return useStatusAction((input: InputOf<'security', 'disable'>) => unwrap(api.security.disable(input)))
}

export function useChangePassphrase() {
  const api = useApi()
  return useStatusAction((input: InputOf<'security', 'changePassphrase'>) => unwrap(api.security.changePassphrase(input)))
}

export function useSetIdleLock() {
  const api = useApi()
  return useStatusAction((input: InputOf<'security', 'setIdleLock'>) => unwrap(api.security.setIdleLock(input)))
}
