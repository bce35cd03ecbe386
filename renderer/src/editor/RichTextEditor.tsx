import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { RICH_TEXT_MAX_BYTES, type RichTextDoc } from '../../../shared/richText'
import { EditorToolbar } from './EditorToolbar'
import { createEditorExtensions, setPlaceholder } from './extensions'
import { LinkPanel } from './LinkPanel'
import { toStoredDoc } from './normalizeDoc'
import { sanitizePastedHtml } from './sanitizePastedHtml'
import { OVERSIZE_MESSAGE, SIZE_GUARD_BYPASS, storedFormOf } from './sizeGuard'
import './editor.css'
import { PRIVATE_BADGE_TEXT, PrivateBadge } from '../components/PrivateBadge'
import { docIdentity, rememberDocIdentity } from '../lib/editing/docIdentity'

export { RichTextView, type RichTextViewProps } from './RichTextView'

export type RichTextEditorTone = 'default' | 'private'

export type RichTextEditorProps = {
  /** Id of the editable area; label, description and messages get `${id}-label` and so on. */
  id: string
  /** Visible label; also names the text box and (with " formatting") its toolbar. */
  label: string
  description?: ReactNode
  placeholder?: string
  /** The stored document; null for a note that was never written. */
  value: RichTextDoc | null
  /**
   * The edited document at every edit, normalised to the stored format (always passes
   * `richTextDocSchema`); built from the blocks that changed only (sizeGuard.ts `storedFormOf`).
   */
  onChange: (doc: RichTextDoc) => void
  onBlur?: () => void
  /** `private`: marked as never printed or shared (lock badge, tinted border). */
  tone?: RichTextEditorTone
  error?: string | null
  disabled?: boolean
}

export { PRIVATE_BADGE_TEXT }

/**
 * The editor that reported each document it handed out, by its `id`: a render whose only change
 * is `value` becoming the document this editor itself just reported is skipped (see
 * `sameRender`). Weak, so a note's old versions go with the form that held them.
 */
const reportedBy = new WeakMap<RichTextDoc, string>()

/**
 * Props that render the same editor: all equal, or only `value` changed to a document this very
 * editor reported. That render would do nothing (the value-sync effect ignores the editor's own
 * edits), but it re-ran the editor and its toolbar at every key, because the parent's form holds
 * the note (docs/performance.md, "Typing, stop 21").
 */
function sameRender(prev: RichTextEditorProps, next: RichTextEditorProps): boolean {
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)] as (keyof RichTextEditorProps)[])
  for (const key of keys) {
    if (Object.is(prev[key], next[key])) continue
    if (key === 'value' && next.value !== null && reportedBy.get(next.value) === next.id) continue
    return false
  }
  return true
}

/**
 * The rich-text field of the coaching screens. Controlled-ish: it reports its edits through
 * `onChange` and follows `value` when it changes from outside (another record loaded), but leaves
 * the document (and so the caret) alone when `value` is a document it already held coming back:
 * one of its own recent edits (even late), or the value it was last given (a parent rendering
 * again with the value from before the last keystroke). To force a reload to such a document (a
 * "discard changes"), remount it with a `key`. Debouncing and saving are the caller's job.
 */
export const RichTextEditor = memo(function RichTextEditor({
  id,
  label,
  description,
  placeholder = '',
  value,
  onChange,
  onBlur,
  tone = 'default',
  error,
  disabled = false,
}: RichTextEditorProps) {
  const ids = {
    label: `${id}-label`,
    description: `${id}-description`,
    privacy: `${id}-privacy`,
    size: `${id}-size`,
    error: `${id}-error`,
  }
  const [linkOpen, setLinkOpen] = useState(false)
  // An edit was refused for size; the message stays until the document next changes.
  const [oversize, setOversize] = useState(false)

  // The identity (docIdentity.ts) of what the editor last reported or was last given, and those
  // of its recent edits: `value` equal to one of those is our own edit coming back (perhaps late,
  // from a save that finished while the user kept typing), not a document loaded from outside.
  const lastKey = useRef<string | null>(null)
  const recentEdits = useRef<string[]>([])
  // The last `value` object dealt with, so the usual echo (the very object onChange handed out)
  // costs nothing, however large the note.
  const lastValue = useRef<RichTextDoc | null | undefined>(undefined)

  const [extensions] = useState(() =>
    createEditorExtensions({
      placeholder,
      onOversize: () => setOversize(true),
      onLinkShortcut: () => setLinkOpen(true),
    }),
  )
  const [initialContent] = useState(() => toEditorContent(value))

  const describedBy = [
    tone === 'private' && ids.privacy,
    description && ids.description,
    oversize && ids.size,
    error && ids.error,
  ]
    .filter(Boolean)
    .join(' ')
  const invalid = Boolean(error) || oversize
  const editorProps = useMemo(
    () => ({
      attributes: {
        id,
        class: 'rte__editable',
        'aria-multiline': 'true',
        'aria-labelledby': ids.label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        ...(disabled ? { 'aria-disabled': 'true' } : {}),
      },
      transformPastedHTML: (html: string) => sanitizePastedHtml(html),
    }),
    [id, ids.label, describedBy, invalid, disabled],
  )

  // An edit's report, through the latest onChange.
  const report = useRef<(editor: Editor) => void>(() => {})
  useLayoutEffect(() => {
    report.current = (editor: Editor): void => {
      // By identity (docIdentity.ts), not by its JSON: built from the blocks' hashes, not 48 KB.
      const { doc, identity, bytes } = storedFormOf(editor.state.doc)
      if (bytes > RICH_TEXT_MAX_BYTES) {
        // Only reachable if something bypassed the size guard; never hand out an invalid note.
        setOversize(true)
        return
      }
      if (identity === lastKey.current) return
      lastKey.current = identity
      recentEdits.current = [...recentEdits.current.slice(-(RECENT_EDITS - 1)), identity]
      lastValue.current = doc
      reportedBy.set(doc, id)
      // The autosave's key of the form takes the note by the same identity.
      rememberDocIdentity(doc, identity)
      onChange(doc)
    }
  }, [onChange, id])

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !disabled,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
    // The editor that changed is the one reported (useEditor may swap its instance after mount).
    onUpdate: ({ editor: current }) => report.current(current),
    onBlur: () => onBlur?.(),
  })

  useEffect(() => {
    if (!editor || editor.isDestroyed || value === lastValue.current) return
    lastValue.current = value
    const incoming = toStoredDoc(value)
    const identity = docIdentity(incoming)
    // A document this editor already held: a late echo of an edit, or the value from before the
    // last keystroke rendered again. Loading it would throw away what was typed since and, while
    // keys keep arriving, put the caret before the first one (docs/performance.md, "Typing").
    if (identity === lastKey.current || recentEdits.current.includes(identity)) return
    lastKey.current = identity
    recentEdits.current = [identity]
    if (storedFormOf(editor.state.doc).identity === identity) return
    editor
      .chain()
      .setMeta(SIZE_GUARD_BYPASS, true)
      .setMeta('addToHistory', false)
      .setMeta('preventAutolink', true)
      .setContent(toEditorContent(incoming), { emitUpdate: false })
      .run()
  }, [editor, value])

  useEffect(() => {
    if (!editor) return
    const clear = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
      if (transaction.docChanged) setOversize(false)
    }
    editor.on('transaction', clear)
    return () => {
      editor.off('transaction', clear)
    }
  }, [editor])

  useEffect(() => {
    if (editor) setPlaceholder(editor, placeholder)
  }, [editor, placeholder])

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === disabled) editor.setEditable(!disabled, false)
  }, [editor, disabled])

  const className = [
    'rte',
    tone === 'private' ? 'rte--private' : '',
    invalid ? 'rte--invalid' : '',
    disabled ? 'rte--disabled' : '',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <div className={className}>
      <div className="rte__header">
        <span id={ids.label} className="rte__label" onClick={() => editor?.commands.focus()}>
          {label}
        </span>
        {tone === 'private' && (
          <PrivateBadge id={ids.privacy} />
        )}
      </div>
      {description && (
        <p id={ids.description} className="rte__description">
          {description}
        </p>
      )}
      <div className="rte__frame">
        {editor && (
          <EditorToolbar
            editor={editor}
            label={`${label} formatting`}
            controls={id}
            disabled={disabled}
            linkOpen={linkOpen}
            onRequestLink={() => setLinkOpen(true)}
          />
        )}
        {editor && linkOpen && !disabled && <LinkPanel editor={editor} onClose={() => setLinkOpen(false)} />}
        <EditorContent editor={editor} className="rte__content" />
      </div>
      {oversize && (
        <p id={ids.size} className="rte__message" role="alert">
          {OVERSIZE_MESSAGE}
        </p>
      )}
      {error && (
        <p id={ids.error} className="rte__message">
          {error}
        </p>
      )}
    </div>
  )
}, sameRender)

const RECENT_EDITS = 64

/** The editor always holds at least one paragraph; the stored blank note holds none. */
function toEditorContent(value: RichTextDoc | null): RichTextDoc {
  const doc = toStoredDoc(value)
  return doc.content && doc.content.length > 0 ? doc : { type: 'doc', content: [{ type: 'paragraph' }] }
}

