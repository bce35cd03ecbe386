/**
 * How open windows and tabs learn that the journal changed elsewhere (docs/conflicts.md). The
 * core's writer thread announces every change it commits, and notices changes made by another
 * program (the CLI) through SQLite's `data_version`; the host hands each announcement to the
 * faces, which pass it on to every window (Electron: one preload bridge event) or tab (browser
 * mode: Server-Sent Events) except the one that made the change. The renderer refreshes what it
 * shows, never a form with unsaved typing.
 *
 * Dependency-free: the sandboxed preload imports the channel name from here.
 */
export type JournalChange = {
  type: 'changed'
  /**
   * What may have changed: `settings` (and everything derived from them), `journal` (records), or
   * `everything` when another program wrote to the journal and nobody can say what.
   */
  scope: 'journal' | 'settings' | 'everything'
  /** The operation that made the change; absent when another program made it. */
  channel?: string
  /** Who made it (a window or a tab), so its own change is not announced back to it. */
  origin?: string
}

/** The IPC channel main sends changes on; the preload listens on it and on nothing else of the kind. */
export const EVENTS_IPC_CHANNEL = 'coachbook-events:changed'

/** Browser mode's stream of changes (Server-Sent Events, the same session as `/api`). */
export const EVENTS_PATH = '/api/events'
/** The header (and, on the stream, the query parameter) naming the tab a request comes from. */
export const CLIENT_HEADER = 'x-coachbook-client'
export const CLIENT_PARAM = 'client'
/** A tab's id: random letters, digits, `-` and `_`, short enough to carry in every request. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

/**
 * Writes no window shows: the record of which reminders a notification announced. Announcing it
 * would make every open window read everything again at each reminder check (on start, hourly,
 * on focus), and hand the desktop shell a change of its own making in the middle of a command.
 */
const UNSEEN_WRITES = new Set(['reminders.takeNew'])

/** Whether a committed write on `channel` is announced to the open windows and tabs. */
export function announcesChange(channel: string): boolean {
  return !UNSEEN_WRITES.has(channel)
}

/** What a committed write announces. Settings move derived figures too; everything else is records. */
/** Operations that may replace the journal's settings along with its records. */
const REPLACES_EVERYTHING = new Set(['backups.restore', 'journal.salvage', 'journal.import'])

export function changeOf(channel: string, origin?: string): JournalChange {
  const scope = channel === 'settings.update' ? 'settings' : REPLACES_EVERYTHING.has(channel) ? 'everything' : 'journal'
  return origin === undefined ? { type: 'changed', scope, channel } : { type: 'changed', scope, channel, origin }
}

/** A change someone else made, as read from an untrusted message (IPC or the event stream). */
export function readJournalChange(value: unknown): JournalChange | null {
  if (typeof value !== 'object' || value === null) return null
  const { type, scope, channel } = value as Partial<Record<keyof JournalChange, unknown>>
  if (type !== 'changed' || (scope !== 'journal' && scope !== 'settings' && scope !== 'everything')) return null
  return typeof channel === 'string' ? { type, scope, channel } : { type, scope }
}

/** The bridge the preload exposes as `window.coachbook.events`. */
export type EventsBridge = {
  /** Calls `listener` for every change made elsewhere; answers the function that stops it. */
  subscribe(listener: (change: JournalChange) => void): () => void
}

export type ChangeListener = (change: JournalChange) => void
export type ChangeFeed = { subscribe(listener: ChangeListener): () => void }

/**
 * The hub `coachbook serve` puts between the core host's `onChange` and the web host's event
 * stream (electron/web/events.ts): created before either, so the core can start first.
 */
export function createChangeHub(): ChangeFeed & { publish(change: JournalChange): void } {
  const listeners = new Set<ChangeListener>()
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    publish(change) {
      for (const listener of listeners) listener(change)
    },
  }
}
