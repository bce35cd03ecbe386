import { Extension, type AnyExtension, type Editor } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import StarterKit from '@tiptap/starter-kit'
import { CaretAfterClick } from './caretAfterClick'
import { ReadTypingAfterFrame } from './readTypingAfterFrame'
import { isAllowedLinkUri } from './linkHref'
import { createSizeGuard } from './sizeGuard'

export type EditorBridge = {
  /** The placeholder the editor starts with; `setPlaceholder` changes it later. */
  placeholder: string
  /** An edit was refused because the note would pass 1 MB. */
  onOversize: () => void
  /** Mod-K: open the link box. */
  onLinkShortcut: () => void
}

/**
 * Each paragraph, heading and code block takes its direction from its own first strong letter
 * (`dir="auto"`), so a note in Arabic or Hebrew reads right to left beside an English one. A
 * static attribute of the drawn element (TipTap's `HTMLAttributes`), not a node attribute:
 * nothing is added to the stored document, whose node attributes are an exact allow-list
 * (shared/richText.ts); TipTap's `textDirection` option would store a `dir` on every node.
 * Until stop 20 a plugin drew it as a decoration on every text block, rebuilt at each keystroke:
 * with one decoration per block, prosemirror-view matched every block against every decoration
 * (`DecorationSet.forChild`), quadratic in a long note (docs/performance.md, "Typing").
 * RichTextView sets the same on what it draws.
 */
export const AUTO_DIRECTION = { dir: 'auto' } as const

/**
 * Exactly the nodes and marks of the stored format (shared/richText.ts), nothing more: StarterKit
 * brings doc, paragraph, text, heading, the lists, blockquote, code block, horizontal rule, hard
 * break, bold, italic, strike, underline, code and link, plus undo/redo, drop and gap cursors and
 * the trailing paragraph, none of which adds a node or mark.
 */
export function createEditorExtensions(bridge: EditorBridge): AnyExtension[] {
  return [
    StarterKit.configure({
      paragraph: { HTMLAttributes: AUTO_DIRECTION },
      heading: { levels: [1, 2, 3], HTMLAttributes: AUTO_DIRECTION },
      codeBlock: { HTMLAttributes: AUTO_DIRECTION },
      link: {
        // `protocols` only *adds* schemes to linkify (http, https and mailto are built in);
        // the restriction to those three is `isAllowedUri`, which TipTap applies to parsing,
        // rendering, setLink, autolink and paste.
        protocols: [],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkUri(url),
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
      },
    }),
    Placeholder.configure({ placeholder: ({ editor }) => placeholders.get(editor) ?? bridge.placeholder }),
    createSizeGuard(() => bridge.onOversize()),
    CaretAfterClick,
    ReadTypingAfterFrame,
    Extension.create({
      name: 'coachbookLinkShortcut',
      addKeyboardShortcuts() {
        return {
          'Mod-k': () => {
            if (!this.editor.isEditable) return false
            bridge.onLinkShortcut()
            return true
          },
        }
      },
    }),
  ]
}

const placeholders = new WeakMap<Editor, string>()

/** Changes the placeholder of a live editor (decorations are redrawn by an empty transaction). */
export function setPlaceholder(editor: Editor, text: string): void {
  if (editor.isDestroyed || placeholders.get(editor) === text) return
  const first = !placeholders.has(editor)
  placeholders.set(editor, text)
  if (!first) editor.view.dispatch(editor.state.tr.setMeta('coachbookPlaceholder', text))
}
