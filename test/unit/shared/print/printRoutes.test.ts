import { describe, expect, it } from 'vitest'
import {
  debriefSheetRoute,
  formatPrintRoute,
  parseQuery,
  parsePrintRoute,
  printRouteForView,
  repSheetRoute,
  reportRoute,
  withAutoPrint,
} from '../../../../shared/printRoutes'

describe('print routes', () => {
  it('read back what they write, ids with odd characters included', () => {
    const routes = [
      debriefSheetRoute('c/1 ?#&'),
      repSheetRoute('r1'),
      repSheetRoute('r1', { from: '2026-01-01', to: '2026-03-31' }),
      reportRoute({ from: '2026-01-01', to: '2026-03-31' }),
      reportRoute({ from: '2026-01-01', to: '2026-03-31' }, 'rep 7'),
    ]
    for (const route of routes) {
      const parsed = parsePrintRoute(route)
      expect(parsed, route).not.toBeNull()
      expect(formatPrintRoute(parsed!), route).toBe(route)
    }
    expect(parsePrintRoute(debriefSheetRoute('c/1 ?#&'))).toEqual({ kind: 'debrief', callId: 'c/1 ?#&' })
  })

  it('refuse anything that is not one of the three print views', () => {
    for (const bad of [
      '',
      '/calls/c1',
      '/print/debrief/',
      '/print/debrief/a/b',
      '/print/unknown/x',
      'https://example.com/print/debrief/c1',
      '//print/debrief/c1',
      '/print/report',
      '/print/report?from=2026-03-31&to=2026-01-01',
      '/print/report?from=2026-02-30&to=2026-03-01',
      '/print/debrief/%E0%A4%A',
      `/print/debrief/${'x'.repeat(300)}`,
    ]) {
      expect(parsePrintRoute(bad), bad).toBeNull()
    }
  })

  it('ignore a rep sheet period that is not a real, ordered one', () => {
    expect(parsePrintRoute('/print/rep/r1?from=2026-05-01&to=2026-04-01')).toEqual({ kind: 'rep', repId: 'r1', period: null })
  })

  it('add the auto-print flag whether or not the route has a query', () => {
    expect(withAutoPrint('/print/debrief/c1')).toBe('/print/debrief/c1?autoprint=1')
    expect(withAutoPrint('/print/report?from=2026-01-01&to=2026-01-31')).toBe('/print/report?from=2026-01-01&to=2026-01-31&autoprint=1')
  })
})

describe('printRouteForView', () => {
  it('maps a call and its briefs to the debrief sheet, a rep to the one-on-one sheet', () => {
    expect(printRouteForView('/calls/c1', '', '2026-11-30')).toBe('/print/debrief/c1')
    expect(printRouteForView('/calls/c1/debrief', '', '2026-11-30')).toBe('/print/debrief/c1')
    expect(printRouteForView('/calls/c1/prebrief', '', '2026-11-30')).toBe('/print/debrief/c1')
    expect(printRouteForView('/reps/r%201', '', '2026-11-30')).toBe('/print/rep/r%201')
  })

  it('maps Insights to the report of the period it shows', () => {
    const today = '2026-11-30'
    expect(printRouteForView('/insights', 'period=custom&from=2026-01-01&to=2026-03-31&rep=r1', today)).toBe(
      '/print/report?from=2026-01-01&to=2026-03-31&rep=r1',
    )
    expect(printRouteForView('/insights', 'from=2026-01-01&to=2026-03-31', today)).toBe('/print/report?from=2026-01-01&to=2026-03-31')
    expect(printRouteForView('/insights', 'period=90d', today)).toBe('/print/report?from=2026-09-02&to=2026-11-30')
    // The screen's default: the last 30 days.
    expect(printRouteForView('/insights', '', today)).toBe('/print/report?from=2026-11-01&to=2026-11-30')
    expect(printRouteForView('/insights', 'period=all', today, { first: '2024-05-06', last: '2026-12-20' })).toBe(
      '/print/report?from=2024-05-06&to=2026-12-20',
    )
    // A custom period still being typed prints nothing rather than a guess.
    expect(printRouteForView('/insights', 'period=custom&from=2026-01-01', today)).toBeNull()
  })

  it('has nothing to print elsewhere', () => {
    for (const path of ['/', '/calls', '/reps', '/settings', '/calls/c1/other']) {
      expect(printRouteForView(path, '', '2026-11-30'), path).toBeNull()
    }
  })
})

describe('parseQuery', () => {
  it('reads like a browser does: decoded, + as a space, the first of repeated keys, a leading ? ignored', () => {
    const query = parseQuery('?rep=Dana+Ortiz&from=2026-01-01&from=2026-02-01&x=%E2%9C%93&bad=%E0%A4%A&flag')
    expect(query.get('rep')).toBe('Dana Ortiz')
    expect(query.get('from')).toBe('2026-01-01')
    expect(query.get('x')).toBe('✓')
    expect(query.get('bad')).toBeNull()
    expect(query.get('flag')).toBe('')
    expect(query.get('missing')).toBeNull()
  })
})
