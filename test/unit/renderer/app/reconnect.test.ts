import { describe, expect, it, vi } from 'vitest'
import { reconnectWith } from '../../../../renderer/src/app/reconnect'

const ORIGIN = 'http://127.0.0.1:4785'

describe('reconnectWith', () => {
  it("tries the new address's token on this origin and keeps it as the page's session once the server takes it", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('{"ok":true,"value":{}}', { status: 200 }))
    const adopt = vi.fn()
    expect(await reconnectWith(` ${ORIGIN}/?token=abc `, ORIGIN, fetch, { adopt })).toEqual({ ok: true })
    expect(fetch.mock.calls[0]![0]).toBe('/api/app/info')
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).get('Authorization')).toBe('Bearer abc')
    expect(adopt).toHaveBeenCalledExactlyOnceWith('abc')
  })

  it('says why an address cannot reconnect this page', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('no', { status: 401 }))
    const adopt = vi.fn()
    const message = async (address: string) => {
      const outcome = await reconnectWith(address, ORIGIN, fetch, { adopt })
      return outcome.ok ? 'ok' : outcome.message
    }
    expect(await message('127.0.0.1:4785')).toMatch(/whole address/)
    expect(await message(`${ORIGIN}/`)).toMatch(/no token/)
    expect(await message('http://127.0.0.1:5000/?token=abc')).toMatch(/now runs at http:\/\/127\.0\.0\.1:5000.*Copy what you typed/)
    expect(await message(`${ORIGIN}/?token=old`)).toMatch(/no longer valid/)
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    expect(await message(`${ORIGIN}/?token=abc`)).toMatch(/not answering/)
    expect(adopt, 'a token the server did not take is not kept').not.toHaveBeenCalled()
  })
})
