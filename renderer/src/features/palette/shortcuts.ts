/**
 * One-keystroke shortcuts and the palette's Ctrl/Cmd+K. Single keys act only when the focus is
 * not where typing goes (a text field, a select, the rich-text editor) and no dialog is open, so
 * typing an "n" into a note never opens a form.
 */
export type ShortcutAction = 'palette' | 'lock' | 'newCall' | 'prebrief' | 'debrief' | 'logSession' | 'search' | 'help'

export type Shortcut = {
  action: ShortcutAction
  /** The key as `KeyboardEvent.key` reports it (lower case for letters). */
  key: string
  /** What to press, as shown to people: one entry per key cap. */
  keys: readonly string[]
  label: string
}

export const SINGLE_KEY_SHORTCUTS: readonly Shortcut[] = [
  { action: 'newCall', key: 'n', keys: ['N'], label: 'New call' },
  { action: 'prebrief', key: 'p', keys: ['P'], label: 'New pre-brief: pick the call to plan' },
  { action: 'debrief', key: 'd', keys: ['D'], label: 'New debrief: pick the call to look back on' },
  { action: 'logSession', key: 'l', keys: ['L'], label: 'Log a coaching session' },
  { action: 'search', key: '/', keys: ['/'], label: 'Search the journal' },
  { action: 'help', key: '?', keys: ['?'], label: 'Show these keyboard shortcuts' },
]

/** Apple keyboards say ⌘ where others say Ctrl. */
export function isApplePlatform(nav: { platform?: string; userAgent?: string } = typeof navigator === 'undefined' ? {} : navigator): boolean {
  return /Mac|iPhone|iPad/i.test(nav.platform ?? '') || /Mac OS X/i.test(nav.userAgent ?? '')
}

export function paletteKeys(apple = isApplePlatform()): readonly string[] {
  return apple ? ['⌘', 'K'] : ['Ctrl', 'K']
}

/** Lock the journal: Ctrl/Cmd+Shift+L, from anywhere (the desktop menu carries the same). */
export function lockKeys(apple = isApplePlatform()): readonly string[] {
  return apple ? ['⌘', '⇧', 'L'] : ['Ctrl', 'Shift', 'L']
}

/** Save now, on a screen that saves as you type (a pre-brief, a debrief, a session). */
export function saveKeys(apple = isApplePlatform()): readonly string[] {
  return apple ? ['⌘', 'S'] : ['Ctrl', 'S']
}

export function shortcutKeysFor(action: ShortcutAction, apple = isApplePlatform()): readonly string[] {
  if (action === 'palette') return paletteKeys(apple)
  if (action === 'lock') return lockKeys(apple)
  return SINGLE_KEY_SHORTCUTS.find((s) => s.action === action)?.keys ?? []
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'])

/** True where a key press types something (or picks in a list) rather than commands the app. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable || element.closest('[contenteditable="true"], [contenteditable=""]')) return true
  const tag = element.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has(((element as HTMLInputElement).type || 'text').toLowerCase())
  const role = element.getAttribute('role')
  return role === 'textbox' || role === 'combobox' || role === 'searchbox' || role === 'spinbutton'
}

export type KeyLike = {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  target: EventTarget | null
  defaultPrevented: boolean
  isComposing?: boolean
  repeat?: boolean
}

/**
 * The action a key press asks for, or null. `dialogOpen`: some modal is already showing (its own
 * keys win). Ctrl/Cmd+K works from text fields too, unless the focused control used it already
 * (the rich-text editor makes a link with it and says so by preventing the default).
 */
export function shortcutFor(event: KeyLike, { dialogOpen }: { dialogOpen: boolean }): ShortcutAction | null {
  if (event.defaultPrevented || event.isComposing) return null
  if (dialogOpen) return null
  const key = event.key
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key.toLowerCase() === 'k') return 'palette'
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.shiftKey && key.toLowerCase() === 'l') return 'lock'
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null
  if (isTextEntry(event.target)) return null
  // "?" and "/" need Shift on some layouts; letters count only without it (Shift+N is left alone).
  if (/^[a-z]$/i.test(key) && event.shiftKey) return null
  const found = SINGLE_KEY_SHORTCUTS.find((s) => s.key === key.toLowerCase())
  return found?.action ?? null
}
