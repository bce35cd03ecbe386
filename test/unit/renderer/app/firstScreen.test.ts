import { rememberPeriod } from '../../../../renderer/src/features/insights/rememberedPeriod'
import { QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Channel } from '../../../../shared/contract'
import { fail, ok, type Result } from '../../../../shared/result'
import { answeringSentAhead, forgetSentAhead, sendAhead } from '../../../../renderer/src/api/sentCalls'
import type { Transport } from '../../../../renderer/src/api/transport'
import { firstCallsFor, screenOfAddress } from '../../../../renderer/src/app/firstCalls'
import { todayIso } from '../../../../renderer/src/lib/format'
import { createApi } from '../../../../renderer/src/api/client'
import { endFirstScreen } from '../../../../renderer/src/app/bootAnswers'
import { firstReadsFor, firstScreenReady, startFirstScreen } from '../../../../renderer/src/app/firstScreen'
import { createQueryClient } from '../../../../renderer/src/app/queryClient'
import { printRoutes, routeForPath, shellRoutes } from '../../../../renderer/src/app/routes'

const TODAY = '2026-03-20'
/** An Api whose calls only say which channel they were (firstReadsFor never calls them). */
const api = createApi(() => Promise.resolve(ok(null)))
const keysOf = (path: string, query = '') => firstReadsFor(api, path, new URLSearchParams(query), TODAY).map((read) => read.queryKey)

describe('routeForPath', () => {
  it('finds the screen an address shows, parameters included, as the router does', () => {
    expect(routeForPath('/')?.path).toBe('/')
    expect(routeForPath('/calls/c1')?.path).toBe('/calls/:id')
    expect(routeForPath('/calls/c1/debrief')?.path).toBe('/calls/:id/debrief')
    expect(routeForPath('/print/report')?.path).toBe('/print/report')
    expect(routeForPath('/calls/')).toBeNull()
    expect(routeForPath('/nowhere')).toBeNull()
    for (const route of [...shellRoutes, ...printRoutes]) expect(routeForPath(route.path.replace(/:\w+/g, 'x1'))).toBe(route)
  })
})

describe('firstReadsFor', () => {
  it("reads whether the journal is open (the lock's gate), the settings, the summary of today and the active reps for home", () => {
    expect(keysOf('/')).toEqual([['security', 'status'], ['settings'], ['home', 'summary', TODAY], ['reps', 'list', { includeArchived: false }]])
  })

  it('reads the figures of a fixed period for Insights at once, but not of "all", which needs the span first; which journal is open, once', () => {
    // The default period: the last 12 months (365 days), compared with the 365 days before.
    const query = { from: '2025-03-21', to: TODAY, asOf: TODAY, repId: undefined }
    expect(keysOf('/insights')).toEqual([
      ['security', 'status'],
      ['settings'],
      ['demo'],
      ['reps', 'list', { includeArchived: true }],
      ['insights', 'span'],
      ['insights', 'sidewalkLessons', query],
      ['insights', 'metrics', query],
      ['insights', 'charts', query],
      ['insights', 'metrics', { ...query, from: '2024-03-21', to: '2025-03-20' }],
    ])
    expect(keysOf('/insights', 'period=90d&rep=r1')[6]).toEqual(['insights', 'metrics', { from: '2025-12-21', to: TODAY, asOf: TODAY, repId: 'r1' }])
    expect(keysOf('/insights', 'period=all')).toEqual([['security', 'status'], ['settings'], ['demo'], ['reps', 'list', { includeArchived: true }], ['insights', 'span']])
  })

  it('reads the period chosen last when the address names none', () => {
    rememberPeriod('journal', { preset: '30d' })
    try {
      expect(keysOf('/insights')[6]).toEqual(['insights', 'metrics', { from: '2026-02-19', to: TODAY, asOf: TODAY, repId: undefined }])
      expect(keysOf('/insights', 'period=90d')[6]).toEqual(['insights', 'metrics', { from: '2025-12-21', to: TODAY, asOf: TODAY, repId: undefined }])
    } finally {
      window.localStorage.clear()
    }
  })

  it("reads the progress report (its charts' series included) for its period and rep, and nothing for an address without a period", () => {
    const input = { from: '2026-01-01', to: '2026-03-31', repId: 'r2' }
    expect(keysOf('/print/report', 'from=2026-01-01&to=2026-03-31&rep=r2')).toEqual([['security', 'status'], ['print', 'report', input]])
    expect(keysOf('/print/report', 'from=2026-03-31&to=2026-01-01')).toEqual([['security', 'status']])
    expect(keysOf('/print/debrief/c1')).toEqual([['security', 'status']])
  })

  it('reads only whether the journal is open and the settings for other screens in the shell', () => {
    expect(keysOf('/calls/c1')).toEqual([['security', 'status'], ['settings']])
  })
})

describe('startFirstScreen', () => {
  it('sends the reads together, and a screen drawn before the first screen is ready does not send them again', async () => {
    const sent: string[] = []
    const answers: Array<() => void> = []
    const held = createApi((channel) => {
      sent.push(channel)
      return new Promise((resolve) => answers.push(() => resolve(ok(channel === 'reps.list' ? [] : { channel }))))
    })
    const client = createQueryClient()
    startFirstScreen(client, held, { hash: '#/', search: '?token=t' })
    // All three are on their way before any has answered: no waterfall.
    expect(sent.sort()).toEqual(['home.summary', 'reps.list', 'security.status', 'settings.get'])
    for (const answer of answers) answer()
    await waitForIdle(client)

    const settingsObserver = new QueryObserver(client, { queryKey: ['settings'], queryFn: () => held.settings.get({}) })
    const unsubscribe = settingsObserver.subscribe(() => undefined)
    expect(sent.filter((channel) => channel === 'settings.get')).toHaveLength(1)
    unsubscribe()

    // Once the first screen is ready, a screen drawn reads afresh, as every screen does.
    endFirstScreen()
    const later = new QueryObserver(client, { queryKey: ['settings'], queryFn: () => held.settings.get({}) })
    const stop = later.subscribe(() => undefined)
    expect(sent.filter((channel) => channel === 'settings.get')).toHaveLength(2)
    stop()
    for (const answer of answers) answer()
  })
})

describe('startFirstScreen with the answers of the reads sent ahead', () => {
  afterEach(() => forgetSentAhead())

  it('puts the answers already here into the cache at once, so the first render has them; the rest read as before', async () => {
    const today = todayIso()
    const address = { hash: '#/', search: '?token=t' }
    const sent: Channel[] = []
    const pending = new Map<Channel, (result: Result<unknown>) => void>()
    const transport: Transport = (channel) => {
      sent.push(channel)
      return new Promise((resolve) => pending.set(channel, resolve))
    }
    // What the page's boot does (app/sendFirstCallsNow.ts), then the answers: two here, one failed, one late.
    const { path, params } = screenOfAddress(address)
    sendAhead(transport, firstCallsFor(path, params, today))
    pending.get('security.status')?.(ok({ encrypted: false, locked: false }))
    pending.get('settings.get')?.(ok({ theme: 'dark' }))
    pending.get('home.summary')?.(fail('INTERNAL', 'The summary failed'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(sent).toHaveLength(4)

    const client = createQueryClient()
    startFirstScreen(client, createApi(answeringSentAhead(transport)), address)
    // In the cache before any task has run: the lock's gate and the frame are drawn at the first render.
    expect(client.getQueryData(['security', 'status'])).toEqual({ encrypted: false, locked: false })
    expect(client.getQueryData(['settings'])).toEqual({ theme: 'dark' })
    // Nothing sent again: the failed answer and the late one are taken from the calls on their way.
    expect(sent).toHaveLength(4)
    expect(client.getQueryState(['reps', 'list', { includeArchived: false }])?.fetchStatus).toBe('fetching')
    pending.get('reps.list')?.(ok([]))
    await waitForIdle(client)
    expect(client.getQueryData(['reps', 'list', { includeArchived: false }])).toEqual([])
    expect(client.getQueryState(['home', 'summary', today])?.error?.message).toBe('The summary failed')
    expect(sent).toHaveLength(4)

    // A screen drawn while the first screen opens does not read the seeded answers again.
    const observer = new QueryObserver(client, { queryKey: ['settings'], queryFn: () => Promise.resolve({ theme: 'light' }) })
    const unsubscribe = observer.subscribe(() => undefined)
    expect(observer.getCurrentResult().isFetching).toBe(false)
    unsubscribe()
  })
})

/** Resolves once no read of `client` is on its way (the cache says so, no timer involved). */
function waitForIdle(client: ReturnType<typeof createQueryClient>): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (client.isFetching() === 0) {
        unsubscribe()
        resolve()
      }
    }
    const unsubscribe = client.getQueryCache().subscribe(check)
    check()
  })
}

describe('firstScreenReady (the first render waits for the screen in the address and its first answers)', () => {
  const address = (hash: string) => ({ hash, search: '' })
  const never = () => new Promise<void>(() => undefined)
  /** A promise and the function that settles it. */
  const arrival = () => {
    let arrive: () => void = () => undefined
    const promise = new Promise<void>((resolve) => (arrive = resolve))
    return { promise, arrive }
  }

  it('asks for the code of the screen in the address and resolves once the code and the answers are both here', async () => {
    const asked: string[] = []
    const code = arrival()
    const answers = arrival()
    let done = false
    const waiting = firstScreenReady({
      address: address('#/insights?period=90d'),
      codeOf: (path) => {
        asked.push(path)
        return code.promise
      },
      answers: () => answers.promise,
    }).then(() => (done = true))
    await Promise.resolve()
    expect(asked).toEqual(['/insights'])
    code.arrive()
    await new Promise((resolve) => setTimeout(resolve, 0))
    // The code alone is not enough: drawn now, the screen would show its loading state first.
    expect(done).toBe(false)
    answers.arrive()
    await waiting
    expect(done).toBe(true)
  })

  /** Holds that `waiting` settles at `ms` on the clock, not a millisecond before (fake timers). */
  async function settlesAt(ms: number, start: () => Promise<void>) {
    vi.useFakeTimers()
    try {
      let done = false
      const waiting = start().then(() => (done = true))
      await vi.advanceTimersByTimeAsync(ms - 1)
      expect(done).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      await waiting
      expect(done).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  }

  it('waits for the code no longer than its bound', async () => {
    await settlesAt(1000, () => firstScreenReady({ address: address('#/'), codeWaitMs: 1000, codeOf: never, answers: () => Promise.resolve() }))
  })

  it('waits for the answers no longer than their bound: a slow read shows the frame and the loading state', async () => {
    await settlesAt(400, () =>
      firstScreenReady({ address: address('#/insights'), answersWaitMs: 400, codeOf: () => Promise.resolve(), answers: never }),
    )
  })

  it('waits only for the answers at an address with no screen, and preloads a real screen’s code', async () => {
    await expect(firstScreenReady({ address: address('#/no/such/screen'), codeOf: () => undefined, answers: () => Promise.resolve() })).resolves.toBeUndefined()
    await expect(firstScreenReady({ address: address('#/calls'), answers: () => Promise.resolve() })).resolves.toBeUndefined()
  })

  it('a failed load or read does not keep the page from being drawn (the screen reports it)', async () => {
    await expect(
      firstScreenReady({ address: address('#/insights'), codeOf: () => Promise.reject(new Error('no chunk')), answers: () => Promise.resolve() }),
    ).resolves.toBeUndefined()
    await expect(
      firstScreenReady({ address: address('#/insights'), codeOf: () => Promise.resolve(), answers: () => Promise.reject(new Error('no answer')) }),
    ).resolves.toBeUndefined()
  })
})
