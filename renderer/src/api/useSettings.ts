import { useQuery } from '@tanstack/react-query'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'
import { queryKeys } from './queryKeys'

export function useSettings() {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: () => unwrap(api.settings.get({})),
  })
}
