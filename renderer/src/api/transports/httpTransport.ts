import { CLIENT_HEADER } from '../../../../shared/journalEvents'
import { splitChannel } from '../channel'
import { CLIENT_ID } from '../live/clientId'
import { connection as pageConnection, type Connection } from '../live/connection'
import { fail, isResult } from '../../../../shared/result'
import type { Transport } from '../transport'
import type { SessionStore } from './session'

/** The message behind the full-screen notice shown when the browser has no session. */
export const UNAUTHORIZED_MESSAGE = 'Open Coachbook from the link printed in the terminal.'

export type HttpTransportOptions = {
  /** Injected so tests can stand in for the network; defaults to the browser's fetch. */
  fetch?: typeof globalThis.fetch
  /** Prefix before `/api`; empty means the page's own origin. */
  baseUrl?: string
  /** The token from the link (./session.ts); no session sends no token, and the host answers 401. */
  session?: Pick<SessionStore, 'token'>
  /** Told of every answer, so a lost session shows as a restart (api/live/connection.ts). */
  connection?: Pick<Connection, 'report'>
}

/**
 * Browser mode: `POST /api/<namespace>/<method>` with the input as JSON and the session's token as
 * `Authorization: Bearer`. The host answers every call with a Result and HTTP 200.
 */
export function httpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? ''
  const connection = options.connection ?? pageConnection
  return async (channel, input) => {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
    const [namespace, method] = splitChannel(channel)
    const token = options.session?.token() ?? null
    // The tab's id makes it the origin of the changes it saves: other tabs hear of them, it does not.
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json', [CLIENT_HEADER]: CLIENT_ID }
    if (token !== null) headers['Authorization'] = `Bearer ${token}`
    let response: Response
    try {
      response = await doFetch(`${baseUrl}/api/${namespace}/${method}`, {
        method: 'POST',
        credentials: 'omit',
        headers,
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      connection.report('unreachable')
      return fail('IO_FAILURE', 'Coachbook is not answering. Check that it is still running in the terminal, then try again.')
    }
    if (response.status === 401) {
      connection.report('unauthorized')
      return fail('UNAUTHORIZED', UNAUTHORIZED_MESSAGE)
    }
    connection.report('answered')

    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    // The host may also answer refusals (403, 413, …) as Results; keep their words when it does.
    if (isResult(body)) return body
    return fail('INTERNAL', `Coachbook answered "${channel}" with HTTP ${response.status} and no usable result`)
  }
}
