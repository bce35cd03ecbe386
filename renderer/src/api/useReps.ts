import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Api } from '../../../shared/api'
import type { InputOf } from '../../../shared/contract'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'
import { invalidateJournal } from './invalidate'
import { queryKeys } from './queryKeys'

export type RepCreateInput = InputOf<'reps', 'create'>
export type RepUpdateInput = InputOf<'reps', 'update'>

/** The reps list read, shared by the hook and the first screen's reads at boot (app/firstScreen.ts). */
export const repsListQuery = (api: Api, includeArchived: boolean) =>
  queryOptions({ queryKey: queryKeys.reps.list(includeArchived), queryFn: () => unwrap(api.reps.list({ includeArchived })) })

export function useReps({ includeArchived = false }: { includeArchived?: boolean } = {}) {
  const api = useApi()
  return useQuery(repsListQuery(api, includeArchived))
}

export function useRep(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.reps.detail(id),
    queryFn: () => unwrap(api.reps.get({ id })),
  })
}

export function useCreateRep() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RepCreateInput) => unwrap(api.reps.create(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}

/** Renames, edits, archives and restores: a rep's name also shows on their calls. */
export function useUpdateRep() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RepUpdateInput) => unwrap(api.reps.update(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}

/** Moves every call and session of a rep entered twice to the other, then removes the duplicate. */
export function useMergeRep() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'reps', 'merge'>) => unwrap(api.reps.merge(input)),
    onSuccess: (_summary, { id }) => afterRemoving(queryClient, id),
  })
}

/** Removes a rep with no calls and no sessions (the core refuses one with records). */
export function useDeleteRep() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'reps', 'delete'>) => unwrap(api.reps.delete(input)),
    onSuccess: (_done, { id }) => afterRemoving(queryClient, id),
  })
}

/**
 * After a rep is gone (merged or deleted): everything else is read again, but not the screens of
 * the rep itself, which would only turn the page being left into "Rep not found".
 */
async function afterRemoving(queryClient: QueryClient, id: string): Promise<void> {
  const aboutRep = (key: readonly unknown[]) => JSON.stringify(key).includes(JSON.stringify(id))
  await queryClient.invalidateQueries({ predicate: (query) => aboutRep(query.queryKey), refetchType: 'none' })
  await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'settings' && !aboutRep(query.queryKey) })
}
