import { describe, expect, it, vi } from 'vitest'
import { httpTransport, UNAUTHORIZED_MESSAGE } from '../../../../../renderer/src/api/transports/httpTransport'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('httpTransport', () => {
  it('POSTs the input as JSON to /api/<namespace>/<method> with the session’s token, and no cookie', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(jsonResponse({ ok: true, value: { id: 'r1', name: 'Dana' } }))
    const transport = httpTransport({ fetch, session: { token: () => 'tok-1' } })

    const result = await transport('reps.create', { name: 'Dana' })

    expect(result).toEqual({ ok: true, value: { id: 'r1', name: 'Dana' } })
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/reps/create')
    expect(init?.method).toBe('POST')
    expect(init?.credentials).toBe('omit')
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok-1')
    expect(JSON.parse(init?.body as string)).toEqual({ name: 'Dana' })
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
