/**
 * Notices changes another program made to the journal (the CLI importing a file while the app is
 * open). SQLite's `data_version` moves whenever another connection commits, never for the
 * connection's own writes, so the writer thread reads it when idle and announces a change when it
 * moved. Reading it costs next to nothing; a second is soon enough for a person looking on.
 */
export const DEFAULT_CHANGE_POLL_MS = 1000

export function watchForOutsideChanges(readVersion: () => number, onChange: () => void, pollMs = DEFAULT_CHANGE_POLL_MS): () => void {
  let last = readVersion()
  const timer = setInterval(() => {
    let now: number
    try {
      now = readVersion()
    } catch {
      // A journal being closed or momentarily unreadable: look again next time.
      return
    }
    if (now === last) return
    last = now
    onChange()
  }, pollMs)
  return () => clearInterval(timer)
}
