/**
 * Inputs that hand their edits out lazily. The rich-text editor serialises a long note only when
 * someone needs it (a short pause in typing, blur, unmount), not at each keystroke; whoever is
 * about to read the form for keeps (a save, a window closing, a fresher copy merged in) calls
 * `flushPendingEdits()` first, and every such input reports its newest value synchronously.
 */
type Flush = () => void

const pending = new Set<Flush>()

/** Marks an input as holding an edit it has not reported; `flush` reports it (and must unmark it). */
export function markPendingEdit(flush: Flush): void {
  pending.add(flush)
}

/** The input reported its edit, or went away. */
export function clearPendingEdit(flush: Flush): void {
  pending.delete(flush)
}

/** Has every input report what it holds, now. Answers whether any had something to report. */
export function flushPendingEdits(): boolean {
  if (pending.size === 0) return false
  for (const flush of [...pending]) {
    pending.delete(flush)
    flush()
  }
  return true
}
