import type { IncomingMessage, ServerResponse } from 'node:http'
import { CLIENT_HEADER, CLIENT_ID_PATTERN, CLIENT_PARAM, type ChangeFeed } from '../../shared/journalEvents'

/**
 * Browser mode's side of "open tabs learn of changes made elsewhere" (shared/journalEvents.ts):
 * `GET /api/events` is a Server-Sent Events stream, authorised like every `/api` call, carrying
 * each change to the journal except the ones the tab made itself.
 */
export { createChangeHub, type ChangeFeed, type ChangeListener } from '../../shared/journalEvents'

/** The tab a request comes from, when it names a plausible one. */
export function clientOf(request: IncomingMessage, url?: URL): string | undefined {
  const header = request.headers[CLIENT_HEADER]
  const named = typeof header === 'string' ? header : url?.searchParams.get(CLIENT_PARAM) ?? undefined
  return named !== undefined && CLIENT_ID_PATTERN.test(named) ? named : undefined
}

/** A comment line now and then, so a connection that died quietly is noticed by both ends. */
export const HEARTBEAT_MS = 20_000
/** How long a tab waits before reconnecting after the stream drops. */
export const RECONNECT_MS = 2000

export function streamChanges(request: IncomingMessage, response: ServerResponse, feed: ChangeFeed, client: string | undefined): void {
  response.statusCode = 200
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.setHeader('Connection', 'keep-alive')
  response.flushHeaders()
  response.write(`retry: ${RECONNECT_MS}\n: connected\n\n`)
  const unsubscribe = feed.subscribe((change) => {
    if (client !== undefined && change.origin === client) return
    const { origin: _origin, ...shown } = change
    response.write(`data: ${JSON.stringify(shown)}\n\n`)
  })
  const heartbeat = setInterval(() => response.write(': still here\n\n'), HEARTBEAT_MS)
  const stop = () => {
    clearInterval(heartbeat)
    unsubscribe()
  }
  request.on('close', stop)
  response.on('close', stop)
}
