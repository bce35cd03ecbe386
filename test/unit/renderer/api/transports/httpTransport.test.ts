import { describe, expect, it, vi } from 'vitest'
import { httpReadBatch, httpTransport, UNAUTHORIZED_MESSAGE } from '../../../../../renderer/src/api/transports/httpTransport'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

/** The one request `fetch` was asked for: a JSON POST to `url` with `token`, no cookie, carrying `body`. */
function expectOnePost(fetch: ReturnType<typeof vi.fn<typeof globalThis.fetch>>, url: string, token: string, body: unknown): void {
  expect(fetch).toHaveBeenCalledTimes(1)
  const [sentTo, init] = fetch.mock.calls[0]!
  expect(sentTo).toBe(url)
  expect(init?.method).toBe('POST')
  expect(init?.credentials).toBe('omit')
  expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json')
  expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${token}`)
  expect(JSON.parse(init?.body as string)).toEqual(body)
}

describe('httpTransport', () => {
  it('POSTs the input as JSON to /api/<namespace>/<method> with the session’s token, and no cookie', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: { id: 'r1', name: 'Dana' } }))
    const transport = httpTransport({ fetch, session: { token: () => 'tok-1' } })

    const result = await transport('reps.create', { name: 'Dana' })

    expect(result).toEqual({ ok: true, value: { id: 'r1', name: 'Dana' } })
    expectOnePost(fetch, '/api/reps/create', 'tok-1', { name: 'Dana' })
  })

  it('sends no Authorization without a session, and reads the newest token for every call', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: {} }))
    let token: string | null = null
    const transport = httpTransport({ fetch, session: { token: () => token } })
    await transport('settings.get', {})
    token = 'from-a-new-link'
    await transport('settings.get', {})
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).has('Authorization')).toBe(false)
    expect(new Headers(fetch.mock.calls[1]![1]?.headers).get('Authorization')).toBe('Bearer from-a-new-link')
  })

  it('sends an empty object when a call has no input, and honours a base URL', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: {} }))
    await httpTransport({ fetch, baseUrl: 'http://127.0.0.1:4000' })('settings.get', undefined)
    expect(fetch.mock.calls[0]![0]).toBe('http://127.0.0.1:4000/api/settings/get')
    expect(fetch.mock.calls[0]![1]?.body).toBe('{}')
  })

  it('passes a failed Result through untouched, issues included', async () => {
    const failure = { ok: false, error: { code: 'INVALID_INPUT', message: 'name: A name is required', issues: [{ path: 'name', message: 'A name is required' }] } }
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse(failure))
    expect(await httpTransport({ fetch })('reps.create', { name: '' })).toEqual(failure)
  })

  it('maps 401 to UNAUTHORIZED with the message that tells the user where the link is', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: false, error: { code: 'UNAUTHORIZED', message: 'x' } }, 401))
    const result = await httpTransport({ fetch })('reps.list', {})
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: UNAUTHORIZED_MESSAGE } })
    expect(UNAUTHORIZED_MESSAGE).toMatch(/link printed in the terminal/)
  })

  it('maps a network failure to IO_FAILURE instead of rejecting', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'))
    const result = await httpTransport({ fetch })('calls.list', {})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('IO_FAILURE')
      expect(result.error.message).toMatch(/not answering/)
    }
  })

  it('keeps the words of a refusal that comes as a Result with another status', async () => {
    const refusal = { ok: false, error: { code: 'INVALID_INPUT', message: 'Requests must be JSON' } }
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse(refusal, 415))
    expect(await httpTransport({ fetch })('reps.list', {})).toEqual(refusal)
  })

  it('turns an answer that is not a Result into INTERNAL, naming the status', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }))
    const result = await httpTransport({ fetch })('reps.list', {})
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('HTTP 502') as string } })
  })
})

describe('httpReadBatch', () => {
  const calls = [
    { channel: 'security.status', input: {} },
    { channel: 'insights.metrics', input: { from: '2026-01-01', to: '2026-03-31' } },
    { channel: 'reps.get', input: { id: 'nobody' } },
  ] as const
  const settled = (answers: Array<Promise<unknown>>) => Promise.all(answers)

  it('sends the calls in one POST to /api/batch with the session’s token, and hands each its own answer', async () => {
    const answers = [
      { ok: true, value: { locked: false } },
      { ok: true, value: { calls: 12 } },
      { ok: false, error: { code: 'NOT_FOUND', message: 'No such rep' } },
    ]
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: answers }))
    const results = await settled(httpReadBatch({ fetch, session: { token: () => 'tok-2' } })(calls))
    expect(results).toEqual(answers)
    expectOnePost(fetch, '/api/batch', 'tok-2', { calls })
  })

  it('gives every call what befell the request: a lost session, no answer, a refusal', async () => {
    const unauthorized = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({}, 401))
    for (const result of await settled(httpReadBatch({ fetch: unauthorized })(calls))) {
      expect(result).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: UNAUTHORIZED_MESSAGE } })
    }
    const gone = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'))
    for (const result of await settled(httpReadBatch({ fetch: gone })(calls))) expect(result).toMatchObject({ ok: false, error: { code: 'IO_FAILURE' } })
    const refusal = { ok: false, error: { code: 'INVALID_INPUT', message: 'Only reads can be sent together, not reps.create' } }
    const refused = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse(refusal, 400))
    for (const result of await settled(httpReadBatch({ fetch: refused })(calls))) expect(result).toEqual(refusal)
  })

  it('answers INTERNAL for a call whose answer is missing or not a Result', async () => {
    const short = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: [{ ok: true, value: 1 }] }))
    for (const result of await settled(httpReadBatch({ fetch: short })(calls))) expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    const garbled = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: [{ ok: true, value: 1 }, 'two', null] }))
    const results = await settled(httpReadBatch({ fetch: garbled })(calls))
    expect(results[0]).toEqual({ ok: true, value: 1 })
    expect(results[1]).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Coachbook answered "insights.metrics" in a batch with no usable result' } })
    expect(results[2]).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
