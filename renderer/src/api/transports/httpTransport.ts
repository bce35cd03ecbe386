import { CLIENT_HEADER } from '../../../../shared/journalEvents'
import { splitChannel } from '../channel'
import { CLIENT_ID } from '../live/clientId'
import { connection as pageConnection, type Connection } from '../live/connection'
import { isBatchAnswer, READ_BATCH_PATH } from '../../../../shared/readBatch'
import { fail, isResult, type Result } from '../../../../shared/result'
import type { ReadBatch, Transport } from '../transport'
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
  const post = poster(options)
  return (channel, input) => {
    const [namespace, method] = splitChannel(channel)
    return post(`/api/${namespace}/${method}`, input ?? {}, `"${channel}"`)
  }
}

/**
 * Browser mode's reads sent together (shared/readBatch.ts): one `POST /api/batch`, its answer
 * handed out call by call. Whatever befalls the request (no answer, a lost session, a refusal) is
 * every call's answer.
 */
export function httpReadBatch(options: HttpTransportOptions = {}): ReadBatch {
  const post = poster(options)
  return (calls) => {
    const answer = post(READ_BATCH_PATH, { calls }, 'the reads sent together')
    return calls.map((call, index) =>
      answer.then((result) => {
        if (!result.ok) return result
        const one = isBatchAnswer(result.value, calls.length) ? result.value[index] : undefined
        return isResult(one) ? one : fail('INTERNAL', `Coachbook answered "${call.channel}" in a batch with no usable result`)
      }),
    )
  }
}

/** A POST of `body` as JSON to `path`, answered as a Result whatever happens on the way. */
function poster(options: HttpTransportOptions): (path: string, body: unknown, what: string) => Promise<Result<unknown>> {
  const baseUrl = options.baseUrl ?? ''
  const connection = options.connection ?? pageConnection
  return async (path, body, what) => {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
    const token = options.session?.token() ?? null
    // The tab's id makes it the origin of the changes it saves: other tabs hear of them, it does not.
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json', [CLIENT_HEADER]: CLIENT_ID }
    if (token !== null) headers['Authorization'] = `Bearer ${token}`
    let response: Response
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: 'POST',
        credentials: 'omit',
        headers,
        body: JSON.stringify(body),
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

    let answer: unknown
    try {
      answer = await response.json()
    } catch {
      answer = undefined
    }
    // The host may also answer refusals (403, 413, …) as Results; keep their words when it does.
    if (isResult(answer)) return answer
    return fail('INTERNAL', `Coachbook answered ${what} with HTTP ${response.status} and no usable result`)
  }
}
