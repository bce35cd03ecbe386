import { useEffect, useRef } from 'react'

/** Ctrl+S, or ⌘S on a Mac: what a person presses from habit after writing something down. */
export function isSaveShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's'
}

/**
 * Ctrl/Cmd+S on an autosaving screen saves now instead of waiting for the pause (nothing else to
 * do: there is no Save button), and keeps the browser from offering to save the page as a file.
 */
export function useSaveShortcut(flush: () => unknown): void {
  const latest = useRef(flush)
  useEffect(() => {
    latest.current = flush
  }, [flush])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return
      event.preventDefault()
      void latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
