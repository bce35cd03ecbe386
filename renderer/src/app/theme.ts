import { useSyncExternalStore } from 'react'
import { parseTheme, type Theme } from '../../../shared/theme'

/**
 * The theme chosen in Settings, kept in this window's local storage: it is how this computer
 * shows the app, not part of the journal (an exported journal opened elsewhere keeps that
 * computer's choice). The origin is stable — the app protocol in Electron, a fixed port in
 * browser mode — so the choice is kept from launch to launch. It is applied as `data-theme` on
 * <html>, which tokens.css turns into the root's color-scheme; `system` removes it.
 */
export const THEME_STORAGE_KEY = 'coachbook.theme'
const CHANGE_EVENT = 'coachbook-theme-change'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function readTheme(): Theme {
  try {
    return parseTheme(storage()?.getItem(THEME_STORAGE_KEY))
  } catch {
    return 'system'
  }
}

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset['theme']
  else root.dataset['theme'] = theme
}

/** Applies the theme at once and keeps it; a storage that refuses still changes this window. */
export function chooseTheme(theme: Theme): void {
  try {
    if (theme === 'system') storage()?.removeItem(THEME_STORAGE_KEY)
    else storage()?.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Private mode or a full disk: the choice holds for this window only.
  }
  current = theme
  applyTheme(theme)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

let current: Theme | null = null

function subscribe(listener: () => void): () => void {
  // Another window of the same app chose a theme: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return
    current = readTheme()
    applyTheme(current)
    listener()
  }
  window.addEventListener('storage', onStorage)
  window.addEventListener(CHANGE_EVENT, listener)
  return () => {
    window.removeEventListener('storage', onStorage)
    window.removeEventListener(CHANGE_EVENT, listener)
  }
}

function snapshot(): Theme {
  current ??= readTheme()
  return current
}

/** The theme in force, re-rendering when it changes here or in another window. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, snapshot, () => 'system')
}

/** Called once before the first render, so the page never flashes the other theme. */
export function applyStoredTheme(): void {
  current = readTheme()
  applyTheme(current)
}
