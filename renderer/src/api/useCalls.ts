import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../shared/contract'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'
import { invalidateJournal } from './invalidate'
import { queryKeys, type CallFilter } from './queryKeys'

export type CallCreateInput = InputOf<'calls', 'create'>
export type CallUpdateInput = InputOf<'calls', 'update'>

/** Calls come a page at a time, newest first (the core's order). */
export const CALLS_PAGE_SIZE = 100

export function useCalls(filter: CallFilter = {}) {
  const api = useApi()
  const query = useInfiniteQuery({
    queryKey: queryKeys.calls.list(filter),
    // A new filter keeps the list (and the focus in the filters) until its first page is in.
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) => unwrap(api.calls.list({ ...filter, limit: CALLS_PAGE_SIZE, offset: pageParam })),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0)
      return loaded < last.total && last.items.length > 0 ? loaded : undefined
    },
  })
  const items = query.data?.pages.flatMap((page) => page.items) ?? []
  const total = query.data?.pages.at(-1)?.total ?? 0
  return { ...query, items, total }
}

export function useCall(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.calls.detail(id),
    queryFn: () => unwrap(api.calls.get({ id })),
  })
}

export function useCreateCall() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CallCreateInput) => unwrap(api.calls.create(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}

export function useUpdateCall() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CallUpdateInput) => unwrap(api.calls.update(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}

export function useDeleteCall() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(api.calls.delete({ id })),
    // The deleted call's own page is dropped, not refetched into a "not found".
    onSuccess: (_value, id) => invalidateJournal(queryClient, [queryKeys.calls.detail(id)]),
  })
}
