import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'

/** The rep's newest open skill to drill: the natural subject of their next session. */
export function useNextSkillFocus(repId: string) {
  const api = useApi()
  return useQuery({
    queryKey: ['reps', 'nextSkillFocus', repId] as const,
    queryFn: () => unwrap(api.reps.nextSkillFocus({ repId })),
    enabled: repId !== '',
  })
}
