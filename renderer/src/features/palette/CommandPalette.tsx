import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { useHomeSummary } from '../home/useHomeSummary'
import { useJournalSearch } from '../search/useJournalSearch'
import type { PaletteMode } from './commandsContext'
import { callPickGroups, rootGroups, type NavItem, type PaletteEffect, type PaletteGroup, type PaletteItem } from './paletteItems'
import { shortcutKeysFor } from './shortcuts'
import { useDebouncedValue } from './useDebouncedValue'
import './palette.css'

export type CommandPaletteProps = {
  open: boolean
  mode: PaletteMode
  onModeChange: (mode: PaletteMode) => void
  onClose: () => void
  /** Carries out what was chosen (after the palette has closed, unless it switches lists). */
  onChoose: (effect: Exclude<PaletteEffect, { type: 'mode' }>) => void
  navItems: readonly NavItem[]
  /** The screen showing has a print view, so Print… and Save as PDF… are offered. */
  printable?: boolean
  /** The journal is encrypted, so it can be locked from here. */
  lockable?: boolean
}

const QUICK_SEARCH_MIN = 2

const MODE_TEXT: Record<PaletteMode, { placeholder: string; list: string; crumb: string | null }> = {
  root: { placeholder: 'Type a command, a screen or words from your journal…', list: 'Commands', crumb: null },
  prebrief: { placeholder: 'Pick the call to plan…', list: 'Calls to plan', crumb: 'New pre-brief' },
  debrief: { placeholder: 'Pick the call to debrief…', list: 'Calls to debrief', crumb: 'New debrief' },
}

/**
 * The command palette: a modal `<dialog>` holding a combobox and its listbox. The focus stays in
 * the text box; the arrow keys move the active option (`aria-activedescendant`), Enter chooses
 * it, Escape goes back from a call list to the commands, then closes.
 */
export function CommandPalette({ open, mode, onModeChange, onClose, onChoose, navItems, printable = false, lockable = false }: CommandPaletteProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
      dialog.querySelector<HTMLInputElement>('input')?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      // Back to where the user was; a command that moves on (a new page, a form) takes it from there.
      const active = document.activeElement
      if ((active === null || active === document.body || dialog.contains(active)) && returnTo.current?.isConnected) returnTo.current.focus()
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault()
        if (mode !== 'root') onModeChange('root')
        else onClose()
      }}
      onClose={() => {
        if (open) onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself.
        if (event.target === event.currentTarget) onClose()
      }}
    >
      {open && (
        <PaletteBody
          key={mode}
          mode={mode}
          navItems={navItems}
          printable={printable}
          lockable={lockable}
          onBack={() => onModeChange('root')}
          onClose={onClose}
          onPick={(item) => {
            if (item.effect.type === 'mode') {
              onModeChange(item.effect.mode)
              return
            }
            onClose()
            onChoose(item.effect)
          }}
        />
      )}
    </dialog>
  )
}

type PaletteBodyProps = {
  mode: PaletteMode
  navItems: readonly NavItem[]
  printable: boolean
  lockable: boolean
  onBack: () => void
  onClose: () => void
  onPick: (item: PaletteItem) => void
}

type Groups = { groups: PaletteGroup[]; loading: boolean; error?: string | undefined }

function useGroups(mode: PaletteMode, query: string, navItems: readonly NavItem[], options: { printable: boolean; lockable: boolean }): Groups {
  const api = useApi()
  const debounced = useDebouncedValue(query.trim(), 150)
  const quick = mode === 'root' && debounced.length >= QUICK_SEARCH_MIN
  const search = useJournalSearch({ text: debounced, limit: 6 }, { enabled: quick })
  const picking = mode !== 'root'
  const summary = useHomeSummary({ enabled: picking })
  const recent = useQuery({
    queryKey: ['calls', 'palette', 'recent'] as const,
    queryFn: () => unwrap(api.calls.list({ limit: 100 })),
    enabled: picking,
  })
  if (mode === 'root') {
    return { groups: rootGroups(query, navItems, quick && search.data ? search.data.hits : null, options), loading: quick && search.isPending }
  }
  if (!summary.data || !recent.data) {
    return { groups: [], loading: summary.isPending || recent.isPending, error: summary.error?.message ?? recent.error?.message }
  }
  const groups = callPickGroups(
    mode,
    {
      today: summary.data.today,
      upcomingWithoutPrebrief: summary.data.upcomingWithoutPrebrief,
      awaitingDebrief: summary.data.awaitingDebrief,
      recent: recent.data.items,
    },
    query,
  )
  return { groups, loading: false }
}

function PaletteBody({ mode, navItems, printable, lockable, onBack, onClose, onPick }: PaletteBodyProps) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const { groups, loading, error } = useGroups(mode, query, navItems, { printable, lockable })
  const flat = groups.flatMap((group) => group.items)
  const activeIndex = flat.length === 0 ? -1 : Math.min(active, flat.length - 1)
  const activeItem = activeIndex >= 0 ? flat[activeIndex] : undefined
  const optionId = (item: PaletteItem) => `palette-option-${item.id}`
  const text = MODE_TEXT[mode]

  // Keep the active option in view inside the list (scrollIntoView would also move the page).
  useEffect(() => {
    const list = document.getElementById('palette-listbox')
    const option = activeItem ? document.getElementById(optionId(activeItem)) : null
    if (!list || !option) return
    const outer = list.getBoundingClientRect()
    const inner = option.getBoundingClientRect()
    if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top
    else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom
  }, [activeItem])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (flat.length > 0) setActive((activeIndex + 1) % flat.length)
        break
      case 'ArrowUp':
        event.preventDefault()
        if (flat.length > 0) setActive((activeIndex - 1 + flat.length) % flat.length)
        break
      case 'PageDown':
        event.preventDefault()
        if (flat.length > 0) setActive(flat.length - 1)
        break
      case 'PageUp':
        event.preventDefault()
        setActive(0)
        break
      case 'Enter':
        event.preventDefault()
        if (activeItem) onPick(activeItem)
        break
      case 'Escape':
        event.preventDefault()
        event.stopPropagation()
        if (mode !== 'root') onBack()
        else onClose()
        break
      case 'Backspace':
        if (query === '' && mode !== 'root') {
          event.preventDefault()
          onBack()
        }
        break
      case 'k':
      case 'K':
        // The same keys that opened it close it.
        if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
          event.preventDefault()
          onClose()
        }
        break
    }
  }

  const status = loading
    ? 'Loading…'
    : error
      ? `Could not load the calls: ${error}`
      : flat.length === 0
        ? query.trim() === ''
          ? 'Nothing to choose from yet.'
          : `Nothing matches “${query.trim()}”.`
        : `${flat.length} ${flat.length === 1 ? 'choice' : 'choices'}`

  return (
    <div className="palette__frame">
      <div className="palette__search">
        {text.crumb && (
          // Named in the box's label; Backspace or Escape goes back for keyboard users.
          <span className="palette__crumb" onClick={onBack} aria-hidden="true">
            {text.crumb} ›
          </span>
        )}
        <input
          className="palette__input"
          role="combobox"
          aria-label={text.crumb ? `${text.crumb}: choose a call` : 'Command or search'}
          aria-expanded="true"
          aria-controls="palette-listbox"
          aria-autocomplete="list"
          aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
          aria-describedby="palette-status palette-hints"
          autoComplete="off"
          spellCheck={false}
          placeholder={text.placeholder}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div id="palette-listbox" role="listbox" aria-label={text.list} className="palette__list">
        {groups.map((group) => (
          <div key={group.id} role="group" aria-label={group.label} className="palette__group">
            <div className="palette__group-label" aria-hidden="true">
              {group.label}
            </div>
            {group.items.map((item) => {
              const index = flat.indexOf(item)
              const selected = index === activeIndex
              const keys = item.shortcut ? shortcutKeysFor(item.shortcut) : []
              return (
                <div
                  key={item.id}
                  id={optionId(item)}
                  role="option"
                  aria-selected={selected}
                  className={`palette__option${selected ? ' is-active' : ''}`}
                  onMouseMove={() => {
                    if (!selected) setActive(index)
                  }}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onPick(item)}
                >
                  <span className="palette__option-text">
                    <span className="palette__option-label">{item.label}</span>
                    {item.detail && <span className="palette__option-detail">{item.detail}</span>}
                  </span>
                  {item.tag && <span className="palette__tag">{item.tag}</span>}
                  {keys.length > 0 && (
                    <span className="palette__keys" aria-hidden="true">
                      {keys.map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </span>
                  )}
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div className="palette__footer">
        <span id="palette-status" role="status" className={flat.length === 0 || loading || error ? 'palette__empty' : 'visually-hidden'}>
          {status}
        </span>
        <span id="palette-hints" className="palette__hints">
          <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to choose · <kbd>Esc</kbd> {mode === 'root' ? 'to close' : 'to go back'}
        </span>
      </div>
    </div>
  )
}
