import { describe, expect, it, vi } from 'vitest'
import { Connection } from '../../../../../renderer/src/api/live/connection'
import { httpTransport } from '../../../../../renderer/src/api/transports/httpTransport'
import { CLIENT_ID } from '../../../../../renderer/src/api/live/clientId'
import { CLIENT_HEADER, CLIENT_ID_PATTERN } from '../../../../../shared/journalEvents'

const answer = (status: number) => new Response(JSON.stringify({ ok: true, value: {} }), { status, headers: { 'Content-Type': 'application/json' } })

describe('Connection', () => {
  it('calls a lost session a restart only once the tab had been connected', () => {
    const connection = new Connection()
    connection.report('unauthorized')
    expect(connection.current).toBe('connected')
    expect(connection.hasBeenConnected).toBe(false)

    connection.report('answered')
    connection.report('unauthorized')
    expect(connection.current).toBe('restarted')
    connection.report('unreachable')
    expect(connection.current).toBe('unreachable')
  })

  it('tells its listeners once when a lost connection comes back', () => {
    const connection = new Connection()
    const back = vi.fn()
    connection.onReconnect(back)
    connection.report('answered')
    connection.report('answered')
    expect(back).not.toHaveBeenCalled()
    connection.report('unreachable')
    connection.report('answered')
    connection.report('answered')
    expect(back).toHaveBeenCalledTimes(1)
  })
})

describe('httpTransport and the connection', () => {
  it('names the tab on every call and reports what it saw', async () => {
    const connection = new Connection()
    const statuses = [200, 401]
    const fetch = vi.fn<typeof globalThis.fetch>().mockImplementation(() => Promise.resolve(answer(statuses.shift() ?? 200)))
    const transport = httpTransport({ fetch, connection })

    await transport('reps.list', {})
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).get(CLIENT_HEADER)).toBe(CLIENT_ID)
    expect(CLIENT_ID).toMatch(CLIENT_ID_PATTERN)
    expect(connection.current).toBe('connected')

    await transport('reps.list', {})
    expect(connection.current).toBe('restarted')

    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await transport('reps.list', {})
    expect(connection.current).toBe('unreachable')
  })
})
