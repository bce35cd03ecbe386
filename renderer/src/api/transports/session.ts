import { SESSION_STORAGE_KEY } from '../../../../shared/browserSession'

/**
 * Browser mode's session: the token from the link `coachbook serve` printed
 * (`http://127.0.0.1:4736/?token=…`), kept in this origin's local storage and sent with every call
 * as `Authorization: Bearer`.
 *
 * Why not a cookie: cookies are not bound to a port, so every other server on 127.0.0.1 would
 * receive ours on a plain visit, and a second Coachbook on another port would overwrite it.
 * Storage belongs to one origin (scheme, host and port), so two journals served side by side keep
 * their own tokens, and no other server ever sees one. The token leaves the address bar, and the
 * history entry, as soon as the page has it.
 */
export { SESSION_STORAGE_KEY }

export type SessionStore = {
  token(): string | null
  /** Keeps a token the person handed the page later (a restarted server's link, see app/reconnect.ts). */
  adopt(token: string): void
}

type Place = { location: Location; history: History; storage: Storage | null }

function browserPlace(): Place {
  let storage: Storage | null = null
  try {
    storage = window.localStorage
  } catch {
    // Storage switched off: the token then lives only as long as this page.
  }
  return { location: window.location, history: window.history, storage }
}

/**
 * Takes `?token=` out of the address (keeping the rest of it: a screen's query, the route in the
 * hash) and keeps it; afterwards answers the newest token this origin holds, so a tab still open
 * from before the server restarted picks up the link opened in another tab.
 */
export function adoptSession(place: Place = browserPlace()): SessionStore {
  let memory: string | null = null
  const keep = (token: string) => {
    memory = token
    try {
      place.storage?.setItem(SESSION_STORAGE_KEY, token)
    } catch {
      // Full or refused: keep it in memory.
    }
  }
  const url = new URL(place.location.href)
  const fromAddress = url.searchParams.get('token')
  if (fromAddress !== null) {
    keep(fromAddress)
    url.searchParams.delete('token')
    place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`)
  }
  return {
    adopt: keep,
    token: () => {
      try {
        return place.storage?.getItem(SESSION_STORAGE_KEY) ?? memory
      } catch {
        return memory
      }
    },
  }
}

let pageSession: SessionStore | null = null

/** This page's session, taken from the address the first time it is asked for. */
export function currentSession(): SessionStore {
  return (pageSession ??= adoptSession())
}
