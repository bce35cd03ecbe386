import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient, type Query, type QueryKey } from '@tanstack/react-query'
import type { InputOf, OutputOf } from '../../../shared/contract'
import { CALLS_PAGE_SIZE } from '../../../shared/callList'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'
import { invalidateJournal } from './invalidate'
import { queryKeys, type CallFilter } from './queryKeys'

export type CallCreateInput = InputOf<'calls', 'create'>
export type CallUpdateInput = InputOf<'calls', 'update'>

/**
 * The calls list (features/calls/VirtualCallsTable.tsx) reads pages by their own offset, one query
 * per page keyed by the filter and the page's number, so a jump to the end or the middle of
 * 100,000 calls asks for the pages there and nothing before them. After a change to the journal
 * only the pages in view are read again (an invalidation refetches active queries only).
 */
const PAGE_STALE_MS = 30_000
const PAGE_GC_MS = 30_000

function callPageQuery(api: ReturnType<typeof useApi>, filter: CallFilter, page: number) {
  return {
    queryKey: queryKeys.calls.page(filter, page),
    queryFn: () => unwrap(api.calls.list({ ...filter, limit: CALLS_PAGE_SIZE, offset: page * CALLS_PAGE_SIZE })),
    // Scrolling back over a page soon after reads it from the cache; a change still refetches it.
    staleTime: PAGE_STALE_MS,
    // Scrolling through 100,000 calls must not keep a thousand pages in memory.
    gcTime: PAGE_GC_MS,
  }
}

/**
 * The list's first page: its total sizes the list, and it tells "no calls yet" from the rest.
 * A new filter keeps the list (and the focus in the filters) until its own first page is in.
 */
export function useCallsHead(filter: CallFilter) {
  const api = useApi()
  return useQuery({ ...callPageQuery(api, filter, 0), staleTime: 0, placeholderData: keepPreviousData })
}

/**
 * The pages in view, in the order given; only those in `asked` are read (the others answer what
 * the cache holds). A new filter's page shows the old one's at the same place meanwhile, never
 * another page's rows.
 */
export function useCallPages(filter: CallFilter, pages: readonly number[], asked: readonly number[] = pages) {
  const api = useApi()
  return useQueries({
    queries: pages.map((page) => ({
      ...callPageQuery(api, filter, page),
      enabled: asked.includes(page),
      placeholderData: (previous: CallPage | undefined, previousQuery?: Query<CallPage, Error, CallPage, QueryKey>) =>
        previousQuery?.queryKey[3] === page ? previous : undefined,
    })),
  })
}

type CallPage = OutputOf<'calls', 'list'>

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
