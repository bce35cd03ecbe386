import { CLIENT_PARAM, EVENTS_PATH, readJournalChange, type JournalChange } from '../../../../shared/journalEvents'
import { currentPlatform, type Platform } from '../../platform'
import { currentSession } from '../transports/session'
import { CLIENT_ID } from './clientId'
import { connection as pageConnection, type Connection } from './connection'
import { fetchEventStream, type EventStream } from './eventStream'

/**
 * Where a page hears of changes made elsewhere (shared/journalEvents.ts): the desktop preload's
 * `events` bridge (as src/platform.ts finds it), or browser mode's Server-Sent Events stream.
 */
export type ChangeSource = (listener: (change: JournalChange) => void) => () => void

/** The source the page runs on; null where there is none (an old preload, a browser without streams). */
export function detectChangeSource(platform: Platform = currentPlatform()): ChangeSource | null {
  if (platform.kind === 'desktop') {
    const events = platform.events
    return events ? (listener) => events.subscribe(listener) : null
  }
  if (typeof ReadableStream === 'undefined' || typeof TextDecoderStream === 'undefined') return null
  return (listener) => streamChanges(listener)
}

/**
 * Browser mode: one event stream on `/api/events` (./eventStream.ts, which sends the session's
 * token), naming this tab so its own saves are not sent back. A dropped stream reconnects by itself; changes made while it was down are
 * unknown, so a reopened stream counts as "everything may have changed". A stream the server
 * refuses (it restarted and no longer knows the session) stays closed until the tab is
 * reconnected (api/live/connection.ts), then opens again.
 */
export function streamChanges(
  listener: (change: JournalChange) => void,
  options: { connection?: Pick<Connection, 'onReconnect'>; open?: (url: string) => EventStream } = {},
): () => void {
  const connection = options.connection ?? pageConnection
  const open = options.open ?? ((url: string) => fetchEventStream(url, { headers: sessionHeaders }))
  const url = `${EVENTS_PATH}?${CLIENT_PARAM}=${encodeURIComponent(CLIENT_ID)}`
  let source: EventStream | null = null
  let openedBefore = false

  const start = () => {
    source?.close()
    const current = open(url)
    source = current
    current.onopen = () => {
      if (openedBefore) listener({ type: 'changed', scope: 'everything' })
      openedBefore = true
    }
    current.onmessage = (event) => {
      let data: unknown
      try {
        data = JSON.parse(event.data)
      } catch {
        return
      }
      const change = readJournalChange(data)
      if (change) listener(change)
    }
  }

  start()
  const stopReconnect = connection.onReconnect(() => {
    if (source?.readyState === 2 /* CLOSED */) start()
  })
  return () => {
    stopReconnect()
    source?.close()
    source = null
  }
}

function sessionHeaders(): Record<string, string> {
  const token = currentSession().token()
  return token === null ? {} : { Authorization: `Bearer ${token}` }
}
