import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../shared/contract'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'
import { invalidateJournal } from './invalidate'
import { queryKeys } from './queryKeys'

export type RepCreateInput = InputOf<'reps', 'create'>
export type RepUpdateInput = InputOf<'reps', 'update'>

export function useReps({ includeArchived = false }: { includeArchived?: boolean } = {}) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.reps.list(includeArchived),
    queryFn: () => unwrap(api.reps.list({ includeArchived })),
  })
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
    onSuccess: (_summary, { id }) => invalidateJournal(queryClient, [queryKeys.reps.detail(id)]),
  })
}

/** Removes a rep with no calls and no sessions (the core refuses one with records). */
export function useDeleteRep() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'reps', 'delete'>) => unwrap(api.reps.delete(input)),
    onSuccess: (_done, { id }) => invalidateJournal(queryClient, [queryKeys.reps.detail(id)]),
  })
}
