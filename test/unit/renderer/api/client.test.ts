import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '../../../../shared/channels'
import type { Channel } from '../../../../shared/contract'
import { createApi, detectTransport } from '../../../../renderer/src/api/client'
import type { Transport } from '../../../../renderer/src/api/transport'
import type { Api } from '../../../../shared/api'

describe('createApi', () => {
  it('offers one method per contract channel, each carried by the transport under its own name', async () => {
    const seen: Array<[Channel, unknown]> = []
    const transport: Transport = (channel, input) => {
      seen.push([channel, input])
      return Promise.resolve({ ok: true, value: channel })
    }
    const api = createApi(transport) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>

    for (const channel of CHANNEL_NAMES) {
      const [namespace, method] = channel.split('.') as [string, string]
      const fn = api[namespace]?.[method]
      expect(fn, channel).toBeTypeOf('function')
      expect(await fn!({ probe: channel })).toEqual({ ok: true, value: channel })
    }
    expect(seen).toEqual(CHANNEL_NAMES.map((channel) => [channel, { probe: channel }]))
  })
})

describe('detectTransport', () => {
  it('uses the preload bridge when window.coachbook exists', async () => {
    const list = vi.fn().mockResolvedValue({ ok: true, value: [] })
    const fetch = vi.spyOn(globalThis, 'fetch')
    const transport = detectTransport({ coachbook: { reps: { list } } as unknown as Api })
    await transport('reps.list', { includeArchived: true })
    expect(list).toHaveBeenCalledWith({ includeArchived: true })
    expect(fetch).not.toHaveBeenCalled()
    fetch.mockRestore()
  })

  it('falls back to HTTP without a bridge', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }))
    const result = await detectTransport({})('reps.list', {})
    expect(result).toEqual({ ok: true, value: [] })
    expect(fetch.mock.calls[0]![0]).toBe('/api/reps/list')
    fetch.mockRestore()
  })
})
