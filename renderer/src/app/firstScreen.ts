import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query'
import type { Api } from '../../../shared/api'
import { viewFromParams } from '../features/insights/insightsParams'
import { readRememberedPeriod } from '../features/insights/rememberedPeriod'
import { insightsChartsQuery, insightsMetricsQuery, insightsQueryOf, journalSpanQuery, sidewalkLessonsQuery } from '../features/insights/useInsights'
import { demoStatusQuery } from '../features/firstRun/useFirstRun'
import { homeSummaryQuery } from '../features/home/useHomeSummary'
import { progressReportQuery } from '../features/print/usePrintData'
import { repsListQuery } from '../api/useReps'
import { settingsQuery } from '../api/useSettings'
import { securityStatusQuery } from '../features/security/useSecurity'
import { resolveFixedPeriod } from '../../../shared/insightsPeriod'
import { periodFromQuery } from '../../../shared/printRoutes'
import { previousPeriod } from '../../../shared/printPeriod'
import { todayIso } from '../lib/format'
import { sentAheadAnswered, takeArrivedValue } from '../api/sentCalls'
import { markBootQuery } from './bootAnswers'
import { firstCallsFor, screenOfAddress, type BootAddress } from './firstCalls'
import { routeForPath } from './routes'

/*
 * Opening the app used to be a waterfall: the entry scripts, then the screen's chunk (requested
 * when React first drew the route), then its reads (sent when the chunk had run), each waiting
 * for the one before. At boot, before React draws anything, the screen in the address starts
 * loading its code and its first reads together; the screen's hooks then find the answers in
 * the cache, or on their way (docs/performance.md, "First screen").
 */

export type { BootAddress } from './firstCalls'

/** A read the screen in the address makes as soon as it is drawn: its key, and how to start it. */
export type FirstRead = { queryKey: readonly unknown[]; start: (client: QueryClient) => Promise<void> }

function firstRead<T, K extends readonly unknown[]>(options: FetchQueryOptions<T, Error, T, K>): FirstRead {
  return { queryKey: options.queryKey, start: (client) => client.prefetchQuery(options) }
}

/**
 * The reads the screen at `path` (with its query `params`) makes first: whether the journal is
 * open (the lock's gate, around every screen, draws nothing before that answer: it used to be
 * sent only when the gate was first drawn, as the ninth request, waiting for a connection), the
 * shell's settings for every screen in it, and each screen's own. Only screens worth it are
 * listed (the first screen people open, and the heavy ones opened from a link: Insights, the
 * progress report); any other screen simply reads when drawn. The page sends the same reads
 * before its bundle has run (./firstCalls.ts, which a test holds to this list).
 */
export function firstReadsFor(api: Api, path: string, params: URLSearchParams, today: string): FirstRead[] {
  const gate = firstRead(securityStatusQuery(api))
  if (path === '/print/report') {
    const period = periodFromQuery(params)
    if (!period) return [gate]
    const rep = params.get('rep')
    const input = { ...period, ...(rep ? { repId: rep } : {}) }
    return [gate, firstRead(progressReportQuery(api, input))]
  }
  if (path.startsWith('/print/')) return [gate]
  const shell: FirstRead[] = [gate, firstRead(settingsQuery(api))]
  // Home's first-run and demo status are read by the screen itself: started here too (stop 19)
  // they made an empty journal's first screen ~0.4 s slower, measured, cause not found.
  if (path === '/') return [...shell, firstRead(homeSummaryQuery(api, today)), firstRead(repsListQuery(api, false))]
  if (path === '/insights') {
    // The screen opens on the period chosen last; the boot cannot yet know whether the demo
    // journal is open, so it reads the real journal's (a demo's other choice only reads again).
    const view = viewFromParams(params, readRememberedPeriod('journal'))
    const query = insightsQueryOf(resolveFixedPeriod(view, today), today, view)
    const figures = query
      ? [
          // The lessons first (a few milliseconds): the core answers one read at a time, and when
          // the figures came before them the charts near the top were drawn, only to be pushed
          // far down (and dropped) by the lessons' list a moment later; behind the shell's reads
          // (the reminders) they came later still.
          firstRead(sidewalkLessonsQuery(api, query)),
          firstRead(insightsMetricsQuery(api, query)),
          firstRead(insightsChartsQuery(api, query)),
          // The headline's comparison: the period of equal length before (usePreviousMetrics).
          firstRead(insightsMetricsQuery(api, { ...query, ...previousPeriod(query) })),
        ]
      : []
    // Which journal is open (the demo's banner in the frame and the screen itself ask): read at boot,
    // so the screen, mounting after the banner's answer had come, does not send it a second time
    // behind the figures on the core's one reader (seen in the opening's timeline, stop 21).
    const journal = firstRead(demoStatusQuery(api))
    return [...shell, journal, firstRead(repsListQuery(api, true)), firstRead(journalSpanQuery(api)), ...figures]
  }
  return shell
}

/**
 * Puts the first reads of the screen in the address into `client`: the answer of each read sent
 * ahead (./sendFirstCallsNow.ts) that has already come goes into the cache at once, so the first
 * render (which waited for them, `firstScreenReady`) draws the whole screen — not the lock's gate
 * empty first, then everything again once the cache has had the answers a few tasks later. Every
 * other read starts now, in parallel (its code was asked for before React was, by `main.tsx`),
 * taking the answer still on its way. Failures are left to the screens: a read that failed is read
 * again when its screen is drawn (and the cache's error handler has seen it, so a missing session
 * shows as one).
 */
export function startFirstScreen(client: QueryClient, api: Api, address: BootAddress = window.location): void {
  const { path, params } = screenOfAddress(address)
  const today = todayIso()
  // The same reads as calls, in the same order (a unit test holds the two lists to each other).
  const calls = firstCallsFor(path, params, today)
  firstReadsFor(api, path, params, today).forEach((read, index) => {
    const call = calls[index]
    const arrived = call && takeArrivedValue(call.channel, call.input)
    if (arrived) client.setQueryData(read.queryKey, arrived.value)
    else void read.start(client)
    // Either way the query is in the cache now (prefetchQuery puts it there at once), and its first
    // answer is the boot's: not read again while the first screen opens.
    const query = client.getQueryCache().find({ queryKey: read.queryKey, exact: true })
    if (query) markBootQuery(query)
  })
}

/** The longest the page's first render waits for its screen's code: a load that hangs must not leave it blank. */
export const FIRST_CODE_WAIT_MS = 1000

/**
 * The longest it waits for the screen's first answers: long enough for a usual opening (Insights'
 * four reads at 100,000 calls come back ~0.2 s after they left), short enough that a read the core
 * takes long over shows the frame and the screen's loading state instead of a blank window.
 */
export const FIRST_ANSWERS_WAIT_MS = 400

/** Settles when `promise` does (whether it kept its word or not), or once `ms` have passed. */
function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  const settled = promise.then(
    () => undefined,
    () => undefined,
  )
  return Promise.race([settled, late]).finally(() => clearTimeout(timer))
}

/**
 * For the page to draw its first screen once it can be drawn whole: the code of the screen in the
 * address (the boot script has been fetching its files since the page began) and the answers of
 * its first reads (sent before the bundle ran, ./sendFirstCallsNow.ts). The screen is then drawn
 * with its content at the first render: not behind a fallback that React 19 keeps up for 300 ms
 * at least (lib/lazyNamed.ts), and not as a loading state drawn, laid out and replaced a moment
 * later (on Insights at 100,000 calls that was ~90 ms of the main thread, and a render more for
 * each answer that came apart from the others). Each wait is bounded (`codeWaitMs`,
 * `answersWaitMs`); a failed load or read resolves it too (the screen reports it).
 */
export function firstScreenReady({
  address = window.location,
  codeWaitMs = FIRST_CODE_WAIT_MS,
  answersWaitMs = FIRST_ANSWERS_WAIT_MS,
  codeOf = (path) => routeForPath(path)?.component.preload(),
  answers = sentAheadAnswered,
}: {
  address?: BootAddress
  codeWaitMs?: number
  answersWaitMs?: number
  codeOf?: (path: string) => Promise<void> | undefined
  answers?: () => Promise<void>
} = {}): Promise<void> {
  const code = codeOf(screenOfAddress(address).path)
  return Promise.all([code && atMost(code, codeWaitMs), atMost(answers(), answersWaitMs)]).then(() => undefined)
}
