import type { Channel } from '../../../shared/contract'
import { resolveFixedPeriod } from '../../../shared/insightsPeriod'
import { SIDEWALK_LESSONS_SHOWN } from '../../../shared/insightsLimits'
import { previousPeriod } from '../../../shared/printPeriod'
import { periodFromQuery } from '../../../shared/printRoutes'
import { viewFromParams } from '../features/insights/insightsParams'
import { insightsQueryOf } from '../features/insights/insightsQuery'
import { readRememberedPeriod } from '../features/insights/rememberedPeriod'
import { splitHashPath } from './hashPath'

/*
 * The first screen's reads as calls (a channel and its input), for the page to send before its
 * bundle has run (./sendFirstCallsNow.ts): so this module imports no React, no query cache and no
 * zod — only the period rules and the address. The same reads, as the screens' cached queries,
 * are ./firstScreen.ts's `firstReadsFor`; a unit test holds the two lists to the same calls (and
 * a call that differed would only be sent again, never answer another: api/sentCalls.ts).
 */

/** An address as the page has it: `#/insights?period=90d`, or the query before the hash. */
export type BootAddress = { hash: string; search: string }

export type FirstCall = { channel: Channel; input: unknown }

/** The path of the screen in the address (`/insights`) and its query. */
export function screenOfAddress(address: BootAddress): { path: string; params: URLSearchParams } {
  const [path, hashQuery] = splitHashPath(address.hash.replace(/^#/, '') || '/')
  return { path, params: new URLSearchParams(hashQuery ?? address.search) }
}

/** The calls behind `firstReadsFor(api, path, params, today)` (./firstScreen.ts), in its order. */
export function firstCallsFor(path: string, params: URLSearchParams, today: string): FirstCall[] {
  const gate: FirstCall = { channel: 'security.status', input: {} }
  if (path === '/print/report') {
    const period = periodFromQuery(params)
    if (!period) return [gate]
    const rep = params.get('rep')
    return [gate, { channel: 'print.report', input: { ...period, ...(rep ? { repId: rep } : {}) } }]
  }
  if (path.startsWith('/print/')) return [gate]
  const shell: FirstCall[] = [gate, { channel: 'settings.get', input: {} }]
  if (path === '/') {
    return [...shell, { channel: 'home.summary', input: { today } }, { channel: 'reps.list', input: { includeArchived: false } }]
  }
  if (path === '/insights') {
    const view = viewFromParams(params, readRememberedPeriod('journal'))
    const query = insightsQueryOf(resolveFixedPeriod(view, today), today, view)
    const figures: FirstCall[] = query
      ? [
          { channel: 'insights.sidewalkLessons', input: { ...query, limit: SIDEWALK_LESSONS_SHOWN } },
          { channel: 'insights.metrics', input: query },
          { channel: 'insights.charts', input: query },
          { channel: 'insights.metrics', input: { ...query, ...previousPeriod(query) } },
        ]
      : []
    return [
      ...shell,
      { channel: 'demo.status', input: {} },
      { channel: 'reps.list', input: { includeArchived: true } },
      { channel: 'insights.span', input: {} },
      ...figures,
    ]
  }
  return shell
}
