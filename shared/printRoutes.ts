import { isRealDay } from './dates'
import type { Period } from './printPeriod'
import { addDays } from './isoWeek'

/**
 * The addresses of the print views (renderer routes without the app shell) and the one place
 * that reads them back: main loads only what `parsePrintRoute` accepts, and the File menu finds
 * the print view of the screen showing with `printRouteForView`.
 */
export type PrintRoute =
  | { kind: 'debrief'; callId: string }
  | { kind: 'rep'; repId: string; period: Period | null }
  | { kind: 'report'; period: Period; repId: string | null }

/** A report without a period covers this many days up to today, like the one-on-one sheet. */
export const REPORT_DEFAULT_DAYS = 90

export function debriefSheetRoute(callId: string): string {
  return `/print/debrief/${encodeURIComponent(callId)}`
}

export function repSheetRoute(repId: string, period: Period | null = null): string {
  const base = `/print/rep/${encodeURIComponent(repId)}`
  return period ? `${base}?${new URLSearchParams({ from: period.from, to: period.to }).toString()}` : base
}

export function reportRoute(period: Period, repId: string | null = null): string {
  const query = new URLSearchParams({ from: period.from, to: period.to })
  if (repId !== null) query.set('rep', repId)
  return `/print/report?${query.toString()}`
}

export function formatPrintRoute(route: PrintRoute): string {
  switch (route.kind) {
    case 'debrief':
      return debriefSheetRoute(route.callId)
    case 'rep':
      return repSheetRoute(route.repId, route.period)
    case 'report':
      return reportRoute(route.period, route.repId)
  }
}

/** A path segment that decodes to a usable id, or null. */
function idSegment(segment: string | undefined): string | null {
  if (segment === undefined || segment === '') return null
  let id: string
  try {
    id = decodeURIComponent(segment)
  } catch {
    return null
  }
  return id.trim() === '' || id.length > 200 ? null : id
}

/** `from`/`to` as a period when both are real days in order; null when absent or unusable. */
export function periodFromQuery(query: URLSearchParams): Period | null {
  const from = query.get('from')
  const to = query.get('to')
  if (from === null || to === null || !isRealDay(from) || !isRealDay(to) || from > to) return null
  return { from, to }
}

/** The report's period when the address gives none: the last `REPORT_DEFAULT_DAYS` days. */
export function defaultReportPeriod(today: string): Period {
  return { from: addDays(today, -(REPORT_DEFAULT_DAYS - 1)), to: today }
}

/**
 * Reads a print route (`/print/report?from=…`, the query after the path). Anything that is not
 * exactly one of the three print views is null; a report needs a real period.
 */
export function parsePrintRoute(route: string): PrintRoute | null {
  if (typeof route !== 'string' || route.length > 1000) return null
  const at = route.indexOf('?')
  const path = at === -1 ? route : route.slice(0, at)
  const query = new URLSearchParams(at === -1 ? '' : route.slice(at + 1))
  if (path === '/print/report') {
    const period = periodFromQuery(query)
    const rep = query.get('rep')
    const repId = rep === null ? null : idSegment(encodeURIComponent(rep))
    if (!period || (rep !== null && repId === null)) return null
    return { kind: 'report', period, repId }
  }
  const parts = path.split('/')
  const id = idSegment(parts[3])
  if (parts.length !== 4 || parts[0] !== '' || parts[1] !== 'print' || id === null) return null
  if (parts[2] === 'debrief') return { kind: 'debrief', callId: id }
  if (parts[2] === 'rep') return { kind: 'rep', repId: id, period: periodFromQuery(query) }
  return null
}

/**
 * The print view of the screen showing, for File → Print…: a call (or its briefs) prints its
 * debrief sheet, a rep their one-on-one sheet, Insights the report of its period (the last
 * `REPORT_DEFAULT_DAYS` days when its address names none). Other screens have nothing to print.
 */
export function printRouteForView(path: string, query: string, today: string): string | null {
  const params = new URLSearchParams(query)
  const call = /^\/calls\/([^/]+)(?:\/(?:prebrief|debrief))?$/.exec(path)
  if (call?.[1] && idSegment(call[1]) !== null) return `/print/debrief/${call[1]}`
  const rep = /^\/reps\/([^/]+)$/.exec(path)
  if (rep?.[1] && idSegment(rep[1]) !== null) return `/print/rep/${rep[1]}`
  if (path === '/insights') {
    const repParam = params.get('rep')
    return reportRoute(periodFromQuery(params) ?? defaultReportPeriod(today), repParam && repParam.trim() ? repParam : null)
  }
  return null
}

/** Asks the print view to open the print dialog once it is ready (browser mode's way out). */
export function withAutoPrint(route: string): string {
  return `${route}${route.includes('?') ? '&' : '?'}autoprint=1`
}
