import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Api } from '../../../shared/api'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'
import { queryKeys } from './queryKeys'

/** The settings read, shared by the hook and the first screen's reads at boot (app/firstScreen.ts). */
export const settingsQuery = (api: Api) => queryOptions({ queryKey: queryKeys.settings, queryFn: () => unwrap(api.settings.get({})) })

export function useSettings() {
  const api = useApi()
  return useQuery(settingsQuery(api))
}
