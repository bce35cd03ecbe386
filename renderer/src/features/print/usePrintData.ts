import { useQuery } from '@tanstack/react-query'
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

export function useProgressReport(input: InputOf<'print', 'report'>) {
  const api = useApi()
  return useQuery({ queryKey: ['print', 'report', input], queryFn: () => unwrap(api.print.report(input)), ...once })
}

/** The report's chart series (rolling rate, role matrix) as the Insights screen reads them. */
export function useReportCharts(input: InputOf<'insights', 'charts'>) {
  const api = useApi()
  return useQuery({ queryKey: ['print', 'charts', input], queryFn: () => unwrap(api.insights.charts(input)), ...once })
}
