import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel } from '../../../../shared/contract'
import { ok } from '../../../../shared/result'
import { createApi } from '../../../../renderer/src/api/client'
import { firstCallsFor, screenOfAddress } from '../../../../renderer/src/app/firstCalls'
import { firstReadsFor } from '../../../../renderer/src/app/firstScreen'
import { rememberPeriod } from '../../../../renderer/src/features/insights/rememberedPeriod'

const TODAY = '2026-03-20'

/** The calls the app's own first reads send when started into a cache: what the page must send ahead. */
async function callsOfFirstReads(path: string, query: string): Promise<Array<{ channel: Channel; input: unknown }>> {
  const calls: Array<{ channel: Channel; input: unknown }> = []
  const api = createApi((channel, input) => {
    calls.push({ channel, input })
    return Promise.resolve(ok(channel === 'reps.list' ? [] : { channel }))
  })
  const client = new QueryClient()
  await Promise.all(firstReadsFor(api, path, new URLSearchParams(query), TODAY).map((read) => read.start(client)))
  return calls
}

const ADDRESSES: Array<[string, string]> = [
  ['/', ''],
  ['/insights', ''],
  ['/insights', 'period=90d&rep=r1'],
  ['/insights', 'period=custom&from=2025-01-01&to=2025-06-30'],
  ['/insights', 'period=all'],
  ['/print/report', 'from=2026-01-01&to=2026-03-31&rep=r2'],
  ['/print/report', 'from=2026-03-31&to=2026-01-01'],
  ['/print/debrief/c1', ''],
  ['/calls/c1', ''],
]

describe('firstCallsFor', () => {
  afterEach(() => window.localStorage.clear())

  it.each(ADDRESSES)('sends ahead exactly the calls the first reads of %s?%s make, in their order', async (path, query) => {
    const ahead = firstCallsFor(path, new URLSearchParams(query), TODAY)
    expect(ahead).toEqual(await callsOfFirstReads(path, query))
    expect(ahead[0]).toEqual({ channel: 'security.status', input: {} })
  })

  it('follows the period chosen last, as the screen does', async () => {
    rememberPeriod('journal', { preset: '30d' })
    const ahead = firstCallsFor('/insights', new URLSearchParams(), TODAY)
    expect(ahead).toEqual(await callsOfFirstReads('/insights', ''))
    expect(ahead.find((call) => call.channel === 'insights.charts')?.input).toEqual({ from: '2026-02-19', to: TODAY, asOf: TODAY, repId: undefined })
  })
})

describe('screenOfAddress', () => {
  it("reads the screen's path and query from the hash, or the query before it", () => {
    const insights = screenOfAddress({ hash: '#/insights?period=90d', search: '?q=x' })
    expect([insights.path, insights.params.get('period'), insights.params.get('q')]).toEqual(['/insights', '90d', null])
    const search = screenOfAddress({ hash: '#/search', search: '?q=x' })
    expect([search.path, search.params.get('q')]).toEqual(['/search', 'x'])
    expect(screenOfAddress({ hash: '', search: '' }).path).toBe('/')
  })
})
