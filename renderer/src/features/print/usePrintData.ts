import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Api } from '../../../../shared/api'
import type { InputOf } from '../../../../shared/contract'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'

/** The print views read their purpose-built operations once; a sheet is a snapshot. */
const once = { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } as const

export function useDebriefSheet(callId: string) {
  const api = useApi()
  return useQuery({ queryKey: ['print', 'debrief', callId], queryFn: () => unwrap(api.print.debriefSheet({ callId })), ...once })
}

export function useRepSheet(input: InputOf<'print', 'repSheet'>) {
  const api = useApi()
  return useQuery({ queryKey: ['print', 'rep', input], queryFn: () => unwrap(api.print.repSheet(input)), ...once })
}

/** The report's read (its charts' series included), shared by its hooks and the first screen's reads at boot (app/firstScreen.ts). */
export const progressReportQuery = (api: Api, input: InputOf<'print', 'report'>) =>
  queryOptions({ queryKey: ['print', 'report', input], queryFn: () => unwrap(api.print.report(input)), ...once })

export function useProgressReport(input: InputOf<'print', 'report'>) {
  return useQuery(progressReportQuery(useApi(), input))
}
