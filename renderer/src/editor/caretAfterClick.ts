import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { readPageNow } from './readTypingAfterFrame'

/**
 * Takes in where the page's caret is before a key is handled. After a click, prosemirror-view
 * learns where the caret went only from the `selectionchange` event that follows (its
 * DOMObserver reads the page's selection then). Chromium queues that event as a task and runs
 * input events first, so a key pressed right after a click, on a busy machine or as a test sends
 * keys, was handled while the editor still had the caret where it stood before the click, and
 * the late update then moved it: the first letter typed ended up last ("ive pauses in a row,
 * timed.F", docs/testing.md).
 *
 * `readPageNow` runs what prosemirror-view runs on `selectionchange` (its DOMObserver's flush): it
 * reads the page's selection and, if it moved since last read, puts it in the editor's state (an
 * unchanged selection costs a comparison), together with a typed letter not read yet
 * (readTypingAfterFrame.ts). It is internal to prosemirror-view (1.x, present since its first
 * versions); if it is ever gone, keys are handled as before and a unit test fails
 * (caretAfterClick.test.ts).
 */
export function readPendingSelection(view: EditorView): void {
  if (view.composing || !view.hasFocus()) return
  readPageNow(view)
}

const key = new PluginKey('coachbookCaretAfterClick')

export const CaretAfterClick = Extension.create({
  name: 'coachbookCaretAfterClick',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        props: {
          handleDOMEvents: {
            // Runs before prosemirror-view's own key handling, so that handling sees the caret
            // where the page has it. An input method's keys (229) are left alone.
            keydown: (view, event) => {
              if (!event.isComposing && event.keyCode !== 229) readPendingSelection(view)
              return false
            },
            beforeinput: (view) => {
              readPendingSelection(view)
              return false
            },
          },
        },
      }),
    ]
  },
})
