import { describe, expect, it, vi } from 'vitest'
import { reconnectWith } from '../../../../renderer/src/app/reconnect'

const ORIGIN = 'http://127.0.0.1:4785'

describe('reconnectWith', () => {
  it('opens the new address on this origin so the server sets its session', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('<!doctype html>', { status: 200 }))
    expect(await reconnectWith(` ${ORIGIN}/?token=abc `, ORIGIN, fetch)).toEqual({ ok: true })
    expect(fetch.mock.calls[0]![0]).toBe('/?token=abc')
    expect(fetch.mock.calls[0]![1]?.credentials).toBe('same-origin')
  })

  it('says why an address cannot reconnect this page', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('no', { status: 401 }))
    const message = async (address: string) => {
      const outcome = await reconnectWith(address, ORIGIN, fetch)
      return outcome.ok ? 'ok' : outcome.message
    }
    expect(await message('127.0.0.1:4785')).toMatch(/whole address/)
    expect(await message(`${ORIGIN}/`)).toMatch(/no token/)
    expect(await message('http://127.0.0.1:5000/?token=abc')).toMatch(/now runs at http:\/\/127\.0\.0\.1:5000.*Copy what you typed/)
    expect(await message(`${ORIGIN}/?token=old`)).toMatch(/no longer valid/)
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    expect(await message(`${ORIGIN}/?token=abc`)).toMatch(/not answering/)
  })
})
