/**
 * Inputs that hand their edits out lazily. The rich-text editor serialises a long note only when
 * someone needs it (a short pause in typing, blur, unmount), not at each keystroke; whoever is
 * about to read the form for keeps (a save, a window closing, a fresher copy merged in) calls
 * `flushPendingEdits()` first, and every such input reports its newest value synchronously.
 * Whether any edit is held back is observable, so a save indicator never says "Saved" over words
 * that were typed but not yet reported.
 */
type Flush = () => void

const pending = new Set<Flush>()
const listeners = new Set<() => void>()
let flushing = false
// When the last edit was marked (Date.now()): a report that comes after a pause in typing still
// lets the autosave count its quiet time from the keystroke, not from the report.
let lastMarkedAt = Number.NEGATIVE_INFINITY

function changed(): void {
  if (flushing) return
  for (const listener of [...listeners]) listener()
}

/** Marks an input as holding an edit it has not reported; `flush` reports it (and then clears the mark). */
export function markPendingEdit(flush: Flush): void {
  lastMarkedAt = Date.now()
  const none = pending.size === 0
  pending.add(flush)
  if (none) changed()
}

/** The input reported its edit, or went away. */
export function clearPendingEdit(flush: Flush): void {
  if (pending.delete(flush) && pending.size === 0) changed()
}

/** Some input holds an edit it has not reported yet. */
export function hasPendingEdits(): boolean {
  return pending.size > 0
}

/** Milliseconds since an input last marked an edit (Infinity if none ever did). */
export function msSinceLastEdit(): number {
  return Math.max(0, Date.now() - lastMarkedAt)
}

/** Listens for `hasPendingEdits()` changing; returns the unsubscribe. */
export function onPendingEditsChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Has every input report what it holds, now. Answers whether any had something to report. */
export function flushPendingEdits(): boolean {
  if (pending.size === 0) return false
  flushing = true
  try {
    for (const flush of [...pending]) {
      flush()
      pending.delete(flush)
    }
  } finally {
    flushing = false
  }
  // Told once everything is reported, so what listeners read is the newest value.
  changed()
  return true
}
