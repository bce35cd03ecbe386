import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Api } from '../../../../shared/api'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { todayIso } from '../../lib/format'

export const homeKeys = {
  summary: (today: string) => ['home', 'summary', today] as const,
}

/**
 * What to prepare, what to debrief and this month's rescues, judged on the manager's own
 * calendar day (the page's local day), with the core's clock deciding what is overdue.
 */
export const homeSummaryQuery = (api: Api, today: string) =>
  queryOptions({ queryKey: homeKeys.summary(today), queryFn: () => unwrap(api.home.summary({ today })) })

export function useHomeSummary({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi()
  return useQuery({ ...homeSummaryQuery(api, todayIso()), enabled })
}
