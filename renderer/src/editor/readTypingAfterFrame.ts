import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { afterNextFrame } from '../lib/afterNextFrame'

/**
 * prosemirror-view's observer of the page, the parts used here (internal: not in its typings).
 * `flushingSoon` is the timer of a read it put off (its own `flushSoon`, as on Safari during a
 * composition): while one is pending, its `flush()` does nothing and `forceFlush()` reads at once.
 */
type DomObserver = {
  observer: MutationObserver | null
  queue: MutationRecord[]
  flushingSoon: number
  flush(): void
  forceFlush(): void
}

/** prosemirror-view's own options for its MutationObserver (`observeOptions`, prosemirror-view 1.x). */
const OBSERVE = { childList: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true, subtree: true }

/** A read put off waits for the next frame; a page that draws none (hidden) reads after this. */
const LATEST_MS = 100

/** Anything a person does next takes in a pending key first, before any handler of it runs. */
const DOCUMENT_EVENTS = ['keydown', 'beforeinput', 'pointerdown', 'mousedown', 'focusout', 'copy', 'cut', 'paste', 'drop', 'compositionstart'] as const
/** Leaving or hiding the page: the autosave's own handlers must find the key in the form. */
const WINDOW_EVENTS = ['pagehide', 'beforeunload', 'visibilitychange'] as const

function observerOf(view: EditorView): DomObserver | null {
  const observer = (view as EditorView & { domObserver?: Partial<DomObserver> }).domObserver
  if (
    !observer ||
    !(observer.observer instanceof MutationObserver) ||
    !Array.isArray(observer.queue) ||
    typeof observer.flushingSoon !== 'number' ||
    typeof observer.flush !== 'function' ||
    typeof observer.forceFlush !== 'function'
  ) {
    return null
  }
  return observer as DomObserver
}

/**
 * Takes in what the page holds that the editor has not read yet — a key put off by
 * `ReadTypingAfterFrame`, or a caret moved by a click whose `selectionchange` has not come
 * (caretAfterClick.ts). prosemirror-view's `flush()` does nothing while a read is put off; its
 * `forceFlush()` does only that one.
 */
export function readPageNow(view: EditorView): void {
  const observer = observerOf(view)
  if (!observer) return
  if (observer.flushingSoon > -1) observer.forceFlush()
  else observer.flush()
}

/** Plain typing: text changed inside text nodes already there (no node added or removed). */
function onlyTextChanged(mutations: readonly MutationRecord[]): boolean {
  return mutations.every((mutation) => mutation.type === 'characterData')
}

/**
 * Puts off reading a typed key until the frame showing it is drawn. On a key, the browser inserts
 * the letter into the page itself (contenteditable) and prosemirror-view reads it back from the
 * page in its MutationObserver's callback, before that frame: ~2 ms at the end of a 500-paragraph
 * note on the bench machine, the largest part of what the editor added to a key's frame
 * (docs/performance.md, "Typing, stop 26"). For plain typing — text changed in text nodes already
 * there, no input method composing — the read now runs right after the frame, from a task posted
 * by its animation callback (or after LATEST_MS if the page draws no frames), as prosemirror-view
 * itself puts a read off on Safari during a composition (`flushSoon`). Anything else (Enter, a
 * deletion that removes a node, a composition) is read at once, as before.
 *
 * Nothing acts on the editor with the key unread, so no key is lost and the caret never goes
 * back: any read of the editor's state through TipTap (`editor.state`: every command, the
 * toolbar, the note's report, the value sync) takes the key in first; so do a key, an input
 * (undo from a menu), a pointer press, focus leaving, a copy, cut, paste or drop, a composition,
 * and the page being hidden or left, before any other handler of theirs runs (capturing listeners
 * on the document and the window, registered as the editor is made). An editor taken away
 * reports the key first (TipTap reads its state on the way, and this plugin's end reads too).
 *
 * It relies on prosemirror-view's DOMObserver (internal, 1.x); if its shape ever changes, the
 * editor reads at once as before and a unit test fails (readTypingAfterFrame.test.ts).
 */
function install(view: EditorView, editor: Editor): () => void {
  const observer = observerOf(view)
  if (!observer?.observer) return () => {}
  const readNow = (): void => {
    if (observer.flushingSoon > -1) observer.forceFlush()
  }

  const putOff = (): void => {
    if (observer.flushingSoon > -1) return
    // A timer, as prosemirror-view's own `flushSoon` sets (its forceFlush() clears it).
    observer.flushingSoon = window.setTimeout(readNow, LATEST_MS)
    afterNextFrame(readNow, LATEST_MS)
  }

  // prosemirror-view's own MutationObserver, swapped for one that may put the read off; its
  // start() and stop() (around each of its own redraws) use whichever is in `observer.observer`.
  const original = observer.observer
  for (const record of original.takeRecords()) observer.queue.push(record)
  original.disconnect()
  const replacement = new MutationObserver((mutations) => {
    for (const mutation of mutations) observer.queue.push(mutation)
    if (onlyTextChanged(mutations) && !view.composing && view.editable) putOff()
    else readPageNow(view)
  })
  observer.observer = replacement
  replacement.observe(view.dom, OBSERVE)

  // The editor's state is read through here from now on (commands, the toolbar, our code): a key
  // put off is taken in first. prosemirror-view's own reads (`view.state`, as when it looks for
  // the plugin that handles an event) stay as they are — they come with every event, the key's
  // own `input` among them; the events after which it acts on the note are listened for below.
  // TipTap's own getter (on its class) still answers, after the read.
  const tiptapState = Object.getPrototypeOf(editor) as object
  Object.defineProperty(editor, 'state', {
    configurable: true,
    enumerable: true,
    get(): EditorState {
      readNow()
      return Reflect.get(tiptapState, 'state', editor) as EditorState
    },
  })

  const doc = view.dom.ownerDocument
  const win = doc.defaultView
  for (const type of DOCUMENT_EVENTS) doc.addEventListener(type, readNow, true)
  for (const type of WINDOW_EVENTS) win?.addEventListener(type, readNow, true)
  return () => {
    readNow()
    Reflect.deleteProperty(editor, 'state')
    for (const type of DOCUMENT_EVENTS) doc.removeEventListener(type, readNow, true)
    for (const type of WINDOW_EVENTS) win?.removeEventListener(type, readNow, true)
  }
}

const key = new PluginKey('coachbookReadTypingAfterFrame')

export const ReadTypingAfterFrame = Extension.create({
  name: 'coachbookReadTypingAfterFrame',
  addProseMirrorPlugins() {
    const editor = this.editor
    return [new Plugin({ key, view: (view) => ({ destroy: install(view, editor) }) })]
  },
})
