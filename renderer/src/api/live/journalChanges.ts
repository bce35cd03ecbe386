import { CLIENT_PARAM, EVENTS_PATH, readJournalChange, type JournalChange } from '../../../../shared/journalEvents'
import { currentPlatform, type Platform } from '../../platform'
import { CLIENT_ID } from './clientId'
import { connection as pageConnection, type Connection } from './connection'

/**
 * Where a page hears of changes made elsewhere (shared/journalEvents.ts): the desktop preload's
 * `events` bridge (as src/platform.ts finds it), or browser mode's Server-Sent Events stream.
 */
export type ChangeSource = (listener: (change: JournalChange) => void) => () => void

/** The source the page runs on; null where there is none (an old preload, a browser without EventSource). */
export function detectChangeSource(platform: Platform = currentPlatform()): ChangeSource | null {
  if (platform.kind === 'desktop') {
    const events = platform.events
    return events ? (listener) => events.subscribe(listener) : null
  }
  if (typeof EventSource === 'undefined') return null
  return (listener) => streamChanges(listener)
}

/**
 * Browser mode: one EventSource on `/api/events`, naming this tab so its own saves are not sent
 * back. The browser reconnects a dropped stream by itself; changes made while it was down are
 * unknown, so a reopened stream counts as "everything may have changed". A stream the server
 * refuses (it restarted and no longer knows the session) stays closed until the tab is
 * reconnected (api/live/connection.ts), then opens again.
 */
export function streamChanges(
  listener: (change: JournalChange) => void,
  options: { connection?: Pick<Connection, 'onReconnect'>; open?: (url: string) => EventSource } = {},
): () => void {
  const connection = options.connection ?? pageConnection
  const open = options.open ?? ((url: string) => new EventSource(url, { withCredentials: true }))
  const url = `${EVENTS_PATH}?${CLIENT_PARAM}=${encodeURIComponent(CLIENT_ID)}`
  let source: EventSource | null = null
  let openedBefore = false

  const start = () => {
    source?.close()
    const current = open(url)
    source = current
    current.onopen = () => {
      if (openedBefore) listener({ type: 'changed', scope: 'everything' })
      openedBefore = true
    }
    current.onmessage = (event: MessageEvent<string>) => {
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
