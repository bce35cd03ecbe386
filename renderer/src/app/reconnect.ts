import { currentSession, type SessionStore } from '../api/transports/session'

/**
 * Reconnects a browser-mode tab to a restarted server without leaving the page (so nothing typed
 * is lost): the token of the new private address is tried once and, if the server takes it, kept
 * as the page's session (api/transports/session.ts), so the tab's next call carries it. An
 * address for another port is another origin the tab cannot reach; the person is told to copy first.
 */
export type ReconnectOutcome = { ok: true } | { ok: false; message: string }

export async function reconnectWith(
  address: string,
  pageOrigin: string,
  doFetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
  session: Pick<SessionStore, 'adopt'> = currentSession(),
): Promise<ReconnectOutcome> {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return { ok: false, message: 'Paste the whole address, starting with http://' }
  }
  const token = url.searchParams.get('token')
  if (!token) return { ok: false, message: 'That address has no token: paste the one with ?token=…' }
  if (url.origin !== pageOrigin) {
    return {
      ok: false,
      message: `Coachbook now runs at ${url.origin}, not at this page’s ${pageOrigin}. Copy what you typed here, then open the new address.`,
    }
  }
  let response: Response
  try {
    response = await doFetch('/api/app/info', {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    })
  } catch {
    return { ok: false, message: 'Coachbook is not answering at that address yet. Check the terminal, then try again.' }
  }
  if (!response.ok) return { ok: false, message: 'That address is no longer valid: use the one Coachbook printed when it last started.' }
  session.adopt(token)
  return { ok: true }
}
