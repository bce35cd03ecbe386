/**
 * Whether browser mode still reaches the server that served this page (docs/conflicts.md,
 * "When the server restarts"). The HTTP transport reports every answer here; the shell shows a
 * banner instead of the page when the link is lost, so unsaved words stay on screen, and every
 * autosave tries again the moment the tab is reconnected.
 *
 * - `connected`: the last call was answered with this tab's session.
 * - `restarted`: the server answers but no longer knows this tab's session — it was restarted
 *   (each start prints a new private address). Only said once the tab had been connected: a tab
 *   opened without its link has never been connected and gets the full "not connected" screen.
 * - `unreachable`: nothing answers (the server is stopped, or starting again).
 */
export type ConnectionState = 'connected' | 'restarted' | 'unreachable'

type Listener = () => void

export class Connection {
  private state: ConnectionState = 'connected'
  private everConnected = false
  private readonly listeners = new Set<Listener>()
  private readonly reconnectListeners = new Set<Listener>()

  get current(): ConnectionState {
    return this.state
  }

  /** The tab had a working session once: a lost one means a restart, not a missing link. */
  get hasBeenConnected(): boolean {
    return this.everConnected
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ConnectionState => this.state

  /** Called once each time a lost connection comes back (autosaves retry, screens refetch). */
  onReconnect(listener: Listener): () => void {
    this.reconnectListeners.add(listener)
    return () => this.reconnectListeners.delete(listener)
  }

  /** What the transport saw: an answer with the session, a 401, or no answer at all. */
  report(seen: 'answered' | 'unauthorized' | 'unreachable'): void {
    if (seen === 'answered') {
      this.everConnected = true
      return this.set('connected')
    }
    if (!this.everConnected) return
    this.set(seen === 'unauthorized' ? 'restarted' : 'unreachable')
  }

  private set(next: ConnectionState): void {
    if (next === this.state) return
    const back = next === 'connected'
    this.state = next
    for (const listener of this.listeners) listener()
    if (back) for (const listener of this.reconnectListeners) listener()
  }
}

/** The page's one connection (browser mode); Electron's IPC never reports, so it stays connected. */
export const connection = new Connection()
