import { useQuery } from '@tanstack/react-query'
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
export function useHomeSummary({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi()
  const today = todayIso()
  return useQuery({
    queryKey: homeKeys.summary(today),
    queryFn: () => unwrap(api.home.summary({ today })),
    enabled,
  })
}
