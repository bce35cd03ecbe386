import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { todayIso } from '../../lib/format'

export const repOverviewKey = (id: string, today: string) => ['reps', 'overview', id, today] as const

/** The rep screen in one read: timeline, open skills, lessons, root causes, this month's rescues. */
export function useRepOverview(id: string) {
  const api = useApi()
  const today = todayIso()
  return useQuery({
    queryKey: repOverviewKey(id, today),
    queryFn: () => unwrap(api.reps.overview({ id, today })),
  })
}
