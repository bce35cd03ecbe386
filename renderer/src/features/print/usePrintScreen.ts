import { useCallback } from 'react'
import { useLocation, useSearch } from 'wouter'
import type { PrintAction } from '../../../../shared/printBridge'
import { printRouteForView } from '../../../../shared/printRoutes'
import { useApi } from '../../api/ApiProvider'
import { useToast } from '../../components/Toast'
import { todayIso } from '../../lib/format'
import { printOut } from './printOut'

/** The screens that have a print view: a call (or its briefs), a rep, Insights (whatever its period). */
export function hasPrintView(path: string): boolean {
  return path === '/insights' || printRouteForView(path, '', todayIso()) !== null
}

/**
 * Print… and Save as PDF… for whatever screen is showing (the palette's and the desktop menu's
 * commands): a call prints its debrief sheet, a rep the one-on-one sheet, Insights the report of
 * the period it shows (shared/printRoutes.ts). Other screens say there is nothing to print.
 */
export function usePrintScreen(): (action: PrintAction) => Promise<void> {
  const [path] = useLocation()
  const query = useSearch()
  const api = useApi()
  const toast = useToast()
  return useCallback(
    async (action: PrintAction) => {
      // Insights' "all time" runs from the journal's first day to its last.
      const span = path === '/insights' ? await api.insights.span({}) : null
      const route = printRouteForView(path, query, todayIso(), span?.ok ? span.value : undefined)
      if (!route) {
        toast.show('Nothing to print here: open a call, a rep or Insights to print its sheet or report.', 'info')
        return
      }
      const result = await printOut(route, action)
      if (!result.ok) toast.show(`Could not print: ${result.error.message}`, 'error')
      else if (result.value.done === 'saved') toast.show(`Saved as ${result.value.path}`, 'success')
    },
    [api, path, query, toast],
  )
}
