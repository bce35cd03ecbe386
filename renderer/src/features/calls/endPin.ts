/**
 * "At the end" of the calls list is the manager's intent, not a reading of the scroll position:
 * End pressed, or the list scrolled down to its last row, pins the view to the end; only a move
 * the manager makes upwards (a key, the wheel, the scrollbar dragged or a touch) unpins it. While
 * pinned, the list is scrolled back to its end whenever its height changes (a call added
 * elsewhere, a failed page's message, a resized window).
 *
 * It used to be re-derived from every scroll event ("is the window at the bottom now?"), and a
 * scroll event the manager did not cause — the browser clamping the position while the
 * document was briefly shorter — then read "not at the end" and the list stopped following the
 * end (stop 19: End under load stopped a few thousand pixels short). A scroll event alone can
 * now only pin, never unpin.
 */
export type EndSignal =
  /** A key pressed; `inTextEntry` when the key edits a field rather than scrolling the page. */
  | { kind: 'key'; key: string; shiftKey: boolean; inTextEntry: boolean }
  | { kind: 'wheel'; deltaY: number }
  /** The window scrolled; `byPointer` while a pointer is pressed (the scrollbar dragged, a touch). */
  | { kind: 'scroll'; atBottom: boolean; byPointer: boolean }

/** Keys that move the view or the focus up the page (Tab: the focus may leave for the filters above). */
const UPWARD_KEYS = new Set(['Home', 'PageUp', 'ArrowUp', 'Tab'])

export function nextEndPin(pinned: boolean, signal: EndSignal): boolean {
  switch (signal.kind) {
    case 'key':
      if (signal.inTextEntry) return pinned
      if (signal.key === 'End') return true
      if (UPWARD_KEYS.has(signal.key) || (signal.key === ' ' && signal.shiftKey)) return false
      return pinned
    case 'wheel':
      return signal.deltaY < 0 ? false : pinned
    case 'scroll':
      // A pointer that holds the scrollbar (or a finger) puts the view where the manager wants it.
      if (signal.byPointer) return signal.atBottom
      return pinned || signal.atBottom
  }
}

/** Whether a key pressed on this element edits it (a caret or a choice) instead of scrolling the page. */
export function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !NON_TEXT_INPUTS.has(target.type)
}

/** Inputs whose keys the page scrolls with (End on a checkbox or radio scrolls the page). */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'image'])
