import { describe, expect, it } from 'vitest'
import { adoptSession, SESSION_STORAGE_KEY } from '../../../../../renderer/src/api/transports/session'

/** A page at `href`, with its own history and storage, as the browser gives them. */
function page(href: string, storage: Storage | null = memoryStorage()) {
  const location = { href } as Location
  const history = {
    state: { kept: true },
    replaceState(_state: unknown, _unused: string, url: string) {
      location.href = new URL(url, location.href).href
    },
  } as unknown as History
  return { place: { location, history, storage }, location, storage }
}

function memoryStorage(): Storage {
  const values = new Map<string, string>()
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size
    },
  }
}

describe('the browser-mode session', () => {
  it('takes the token out of the address, keeping the screen’s query and route, and keeps it in this origin’s storage', () => {
    const { place, location, storage } = page('http://127.0.0.1:4736/?token=abc&q=disc#/search')
    const session = adoptSession(place)
    expect(location.href).toBe('http://127.0.0.1:4736/?q=disc#/search')
    expect(storage?.getItem(SESSION_STORAGE_KEY)).toBe('abc')
    expect(session.token()).toBe('abc')
  })

  it('leaves an address without a token alone and answers the token stored before', () => {
    const storage = memoryStorage()
    storage.setItem(SESSION_STORAGE_KEY, 'earlier')
    const { place, location } = page('http://127.0.0.1:4736/#/calls', storage)
    expect(adoptSession(place).token()).toBe('earlier')
    expect(location.href).toBe('http://127.0.0.1:4736/#/calls')
  })

  it('answers the newest token: a link opened in another tab reconnects this one', () => {
    const { place, storage } = page('http://127.0.0.1:4736/?token=old')
    const session = adoptSession(place)
    storage?.setItem(SESSION_STORAGE_KEY, 'new')
    expect(session.token()).toBe('new')
  })

  it('keeps the token for the page’s life when storage is refused', () => {
    const refusing = memoryStorage()
    refusing.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    const { place, location } = page('http://127.0.0.1:4736/?token=abc', refusing)
    expect(adoptSession(place).token()).toBe('abc')
    expect(location.href).toBe('http://127.0.0.1:4736/')
    const { place: none } = page('http://127.0.0.1:4736/?token=xyz', null)
    expect(adoptSession(none).token()).toBe('xyz')
  })
})
