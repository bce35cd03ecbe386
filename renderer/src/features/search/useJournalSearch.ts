import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { SearchQueryInput } from '../../../../shared/search'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'

export const searchKeys = {
  all: ['search'] as const,
  query: (input: SearchQueryInput) => ['search', input] as const,
}

/**
 * One search. Each input is its own cache entry, so an answer to an older input can never
 * replace the newer one on screen; while a new answer is on its way the previous results stay
 * visible (`isPlaceholderData` tells the screen they are stale).
 */
export function useJournalSearch(input: SearchQueryInput, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi()
  return useQuery({
    queryKey: searchKeys.query(input),
    queryFn: () => unwrap(api.search.query(input)),
    placeholderData: keepPreviousData,
    enabled,
  })
}
