import { isRealDay } from './calendarDays'
import type { Period } from './printPeriod'
import type { JournalSpan } from './insights'
import { isPeriodPreset, resolvePeriod, type PeriodPreset } from './insightsPeriod'

/**
 * The addresses of the print views (renderer routes without the app shell) and the one place
 * that reads them back: main loads only what `parsePrintRoute` accepts, and the File menu finds
 * the print view of the screen showing with `printRouteForView`.
 */
export type PrintRoute =
  | { kind: 'debrief'; callId: string }
  | { kind: 'rep'; repId: string; period: Period | null }
  | { kind: 'report'; period: Period; repId: string | null }

/**
 * A query string's values. shared/ has neither the DOM's nor Node's URLSearchParams type, so the
 * few parameters print routes use are read and written here: first value wins, `+` is a space.
 */
export type QueryParams = { get(key: string): string | null }

export function parseQuery(query: string): QueryParams {
  const values = new Map<string, string>()
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (part === '') continue
    const at = part.indexOf('=')
    const key = decodeQueryPart(at === -1 ? part : part.slice(0, at))
    const value = decodeQueryPart(at === -1 ? '' : part.slice(at + 1))
    if (key !== null && value !== null && !values.has(key)) values.set(key, value)
  }
  return { get: (key) => values.get(key) ?? null }
}

function decodeQueryPart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

function formatQuery(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')
}

export function debriefSheetRoute(callId: string): string {
  return `/print/debrief/${encodeURIComponent(callId)}`
}

export function repSheetRoute(repId: string, period: Period | null = null): string {
  const base = `/print/rep/${encodeURIComponent(repId)}`
  return period ? `${base}?${formatQuery([['from', period.from], ['to', period.to]])}` : base
}

export function reportRoute(period: Period, repId: string | null = null): string {
  const entries: [string, string][] = [['from', period.from], ['to', period.to]]
  if (repId !== null) entries.push(['rep', repId])
  return `/print/report?${formatQuery(entries)}`
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
export function periodFromQuery(query: QueryParams): Period | null {
  const from = query.get('from')
  const to = query.get('to')
  if (from === null || to === null || !isRealDay(from) || !isRealDay(to) || from > to) return null
  return { from, to }
}

/**
 * Reads a print route (`/print/report?from=…`, the query after the path). Anything that is not
 * exactly one of the three print views is null; a report needs a real period.
 */
export function parsePrintRoute(route: string): PrintRoute | null {
  if (typeof route !== 'string' || route.length > 1000) return null
  const at = route.indexOf('?')
  const path = at === -1 ? route : route.slice(0, at)
  const query = parseQuery(at === -1 ? '' : route.slice(at + 1))
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

/** The Insights screen's own default period (its `DEFAULT_PRESET`), used when its address names none. */
export const INSIGHTS_DEFAULT_PRESET: PeriodPreset = '30d'

/**
 * The period the Insights screen shows for its address: `?period=90d`, `?period=custom&from=…&to=…`
 * (shared/insightsPeriod.ts); a bare `from`/`to` pair is taken as a custom period too.
 */
export function insightsViewPeriod(params: QueryParams, today: string, span: JournalSpan): Period | null {
  const named = params.get('period')
  const preset: PeriodPreset = isPeriodPreset(named) ? named : periodFromQuery(params) ? 'custom' : INSIGHTS_DEFAULT_PRESET
  return resolvePeriod({ preset, from: params.get('from') ?? undefined, to: params.get('to') ?? undefined }, today, span)
}

/**
 * The print view of the screen showing, for File → Print…: a call (or its briefs) prints its
 * debrief sheet, a rep their one-on-one sheet, Insights the report of the period it shows.
 * Other screens (and an Insights period still being typed) have nothing to print.
 */
export function printRouteForView(path: string, query: string, today: string, span: JournalSpan = NO_SPAN): string | null {
  const params = parseQuery(query)
  const call = /^\/calls\/([^/]+)(?:\/(?:prebrief|debrief))?$/.exec(path)
  if (call?.[1] && idSegment(call[1]) !== null) return `/print/debrief/${call[1]}`
  const rep = /^\/reps\/([^/]+)$/.exec(path)
  if (rep?.[1] && idSegment(rep[1]) !== null) return `/print/rep/${rep[1]}`
  if (path === '/insights') {
    const period = insightsViewPeriod(params, today, span)
    const repParam = params.get('rep')
    return period && reportRoute(period, repParam && repParam.trim() ? repParam : null)
  }
  return null
}

const NO_SPAN: JournalSpan = { first: null, last: null }

/** Asks the print view to open the print dialog once it is ready (browser mode's way out). */
export function withAutoPrint(route: string): string {
  return `${route}${route.includes('?') ? '&' : '?'}autoprint=1`
}
