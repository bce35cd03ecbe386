/**
 * Reconnects a browser-mode tab to a restarted server without leaving the page (so nothing typed
 * is lost): opening the new private address in the background lets the server set its session
 * cookie, exactly as following the link does, and the tab's next call carries it. An address for
 * another port is another origin the tab cannot reach; the person is told to copy first.
 */
export type ReconnectOutcome = { ok: true } | { ok: false; message: string }

export async function reconnectWith(
  address: string,
  pageOrigin: string,
  doFetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): Promise<ReconnectOutcome> {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return { ok: false, message: 'Paste the whole address, starting with http://' }
  }
  if (!url.searchParams.get('token')) return { ok: false, message: 'That address has no token: paste the one with ?token=…' }
  if (url.origin !== pageOrigin) {
    return {
      ok: false,
      message: `Coachbook now runs at ${url.origin}, not at this page’s ${pageOrigin}. Copy what you typed here, then open the new address.`,
    }
  }
  let response: Response
  try {
    response = await doFetch(`${url.pathname}${url.search}`, { credentials: 'same-origin', cache: 'no-store' })
  } catch {
    return { ok: false, message: 'Coachbook is not answering at that address yet. Check the terminal, then try again.' }
  }
  if (!response.ok) return { ok: false, message: 'That address is no longer valid: use the one Coachbook printed when it last started.' }
  return { ok: true }
}
