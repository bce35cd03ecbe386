import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useEditorState, type Editor } from '@tiptap/react'
import type { ChainedCommands } from '@tiptap/core'
import { redoDepth, undoDepth } from '@tiptap/pm/history'

type ToolbarState = Record<ItemKey, boolean> & { canUndo: boolean; canRedo: boolean; editable: boolean }

type ItemKey = 'bold' | 'italic' | 'strike' | 'h2' | 'h3' | 'bulletList' | 'orderedList' | 'blockquote' | 'link'

type Item = {
  key: ItemKey | 'undo' | 'redo'
  label: string
  /** For the tooltip and aria-keyshortcuts, in `Mod+Shift+X` form. */
  shortcut: string
  icon: ReactNode
  /** Runs the command; absent for the link button, which opens the link box instead. */
  run?: (chain: ChainedCommands) => ChainedCommands
  group: number
}

const ITEMS: Item[] = [
  { key: 'bold', label: 'Bold', shortcut: 'Mod+B', icon: <b>B</b>, run: (c) => c.toggleBold(), group: 0 },
  { key: 'italic', label: 'Italic', shortcut: 'Mod+I', icon: <i>I</i>, run: (c) => c.toggleItalic(), group: 0 },
  { key: 'strike', label: 'Strikethrough', shortcut: 'Mod+Shift+S', icon: <s>S</s>, run: (c) => c.toggleStrike(), group: 0 },
  { key: 'h2', label: 'Heading', shortcut: 'Mod+Alt+2', icon: <HeadingIcon level={2} />, run: (c) => c.toggleHeading({ level: 2 }), group: 1 },
  { key: 'h3', label: 'Subheading', shortcut: 'Mod+Alt+3', icon: <HeadingIcon level={3} />, run: (c) => c.toggleHeading({ level: 3 }), group: 1 },
  { key: 'bulletList', label: 'Bulleted list', shortcut: 'Mod+Shift+8', icon: <BulletIcon />, run: (c) => c.toggleBulletList(), group: 2 },
  { key: 'orderedList', label: 'Numbered list', shortcut: 'Mod+Shift+7', icon: <NumberIcon />, run: (c) => c.toggleOrderedList(), group: 2 },
  { key: 'blockquote', label: 'Quote', shortcut: 'Mod+Shift+B', icon: <QuoteIcon />, run: (c) => c.toggleBlockquote(), group: 2 },
  { key: 'link', label: 'Link', shortcut: 'Mod+K', icon: <LinkIcon />, group: 3 },
  { key: 'undo', label: 'Undo', shortcut: 'Mod+Z', icon: <UndoIcon />, run: (c) => c.undo(), group: 4 },
  { key: 'redo', label: 'Redo', shortcut: 'Mod+Shift+Z', icon: <RedoIcon />, run: (c) => c.redo(), group: 4 },
]

const isMac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform)

function shortcutFor(shortcut: string, form: 'aria' | 'title'): string {
  if (form === 'aria') return shortcut.replace('Mod', isMac ? 'Meta' : 'Control')
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl').replace('Alt', isMac ? '⌥' : 'Alt')
}

export type EditorToolbarProps = {
  editor: Editor
  /** Accessible name of the toolbar, e.g. "Notes to share formatting". */
  label: string
  /** Id of the editable area the toolbar acts on. */
  controls: string
  disabled: boolean
  linkOpen: boolean
  onRequestLink: () => void
}

/**
 * A WAI-ARIA toolbar: one tab stop, arrow keys (and Home/End) move between buttons. Buttons that
 * cannot act right now stay focusable with aria-disabled, so arrowing never skips or strands focus.
 */
export function EditorToolbar({ editor, label, controls, disabled, linkOpen, onRequestLink }: EditorToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolbarState => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      // What `e.can().undo()` answers (prosemirror-history's undo refuses an empty history and
      // nothing else), without building a dry-run chain of every command: this runs at every
      // keystroke, before the key's frame (docs/performance.md, "Typing, stop 22").
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
      editable: e.isEditable,
    }),
  })
  const [focusIndex, setFocusIndex] = useState(0)
  const buttons = useRef<Array<HTMLButtonElement | null>>([])

  const isUnavailable = (item: Item): boolean => {
    if (disabled || !state.editable) return true
    if (item.key === 'undo') return !state.canUndo
    if (item.key === 'redo') return !state.canRedo
    return false
  }

  const activate = (item: Item): void => {
    if (isUnavailable(item)) return
    if (!item.run) {
      onRequestLink()
      return
    }
    item.run(editor.chain().focus()).run()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = ITEMS.length - 1
    let next: number
    if (event.key === 'ArrowRight') next = focusIndex >= last ? 0 : focusIndex + 1
    else if (event.key === 'ArrowLeft') next = focusIndex <= 0 ? last : focusIndex - 1
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = last
    else return
    event.preventDefault()
    setFocusIndex(next)
    buttons.current[next]?.focus()
  }

  return (
    <div
      className="rte__toolbar"
      role="toolbar"
      aria-label={label}
      aria-controls={controls}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
    >
      {ITEMS.map((item, index) => {
        const unavailable = isUnavailable(item)
        const toggles = item.key !== 'undo' && item.key !== 'redo'
        const pressed = toggles ? (item.key === 'link' ? state.link || linkOpen : state[item.key as ItemKey]) : undefined
        const startsGroup = index > 0 && ITEMS[index - 1]?.group !== item.group
        return (
          <button
            key={item.key}
            ref={(el) => {
              buttons.current[index] = el
            }}
            type="button"
            className={`rte__button${startsGroup ? ' rte__button--group-start' : ''}`}
            aria-label={item.label}
            aria-pressed={pressed}
            aria-disabled={unavailable || undefined}
            aria-keyshortcuts={shortcutFor(item.shortcut, 'aria')}
            title={`${item.label} (${shortcutFor(item.shortcut, 'title')})`}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            // Keep the caret and selection in the text while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => activate(item)}
          >
            <span aria-hidden="true" className="rte__icon">
              {item.icon}
            </span>
          </button>
        )
      })}
    </div>
  )
}

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" focusable="false">
      {children}
    </svg>
  )
}

/**
 * "H2" and "H3" drawn rather than written: as text they would be a visible label that differs from
 * the button's name ("Heading"), which voice control cannot match (WCAG 2.5.3).
 */
function HeadingIcon({ level }: { level: 2 | 3 }) {
  return (
    <Svg>
      <path d="M2 3v10M8 3v10M2 8h6" />
      {level === 2 ? <path d="M10.5 9.5a1.5 1.5 0 0 1 3 0c0 1.2-3 2-3 3.5h3" /> : <path d="M10.5 8.5h3l-1.5 2a1.5 1.5 0 1 1-1.5 2" />}
    </Svg>
  )
}

function BulletIcon() {
  return (
    <Svg>
      <circle cx="3" cy="4" r="1" fill="currentColor" />
      <circle cx="3" cy="8" r="1" fill="currentColor" />
      <circle cx="3" cy="12" r="1" fill="currentColor" />
      <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    </Svg>
  )
}

function NumberIcon() {
  return (
    <Svg>
      <path d="M2.5 3h1v3M2.5 6h2M2.5 10h2l-2 3h2M6.5 4.5h7M6.5 11.5h7" />
    </Svg>
  )
}

function QuoteIcon() {
  return (
    <Svg>
      <path d="M3 4v8M6.5 5h7M6.5 8h7M6.5 11h5" />
    </Svg>
  )
}

function LinkIcon() {
  return (
    <Svg>
      <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 0 1 4 4l-1 1M9 11.5l-1 1a2.8 2.8 0 0 1-4-4l1-1" />
    </Svg>
  )
}

function UndoIcon() {
  return (
    <Svg>
      <path d="M5.5 3.5L2.5 6.5l3 3M2.5 6.5h7a3.5 3.5 0 0 1 0 7H7" />
    </Svg>
  )
}

function RedoIcon() {
  return (
    <Svg>
      <path d="M10.5 3.5l3 3-3 3M13.5 6.5h-7a3.5 3.5 0 0 0 0 7H9" />
    </Svg>
  )
}
