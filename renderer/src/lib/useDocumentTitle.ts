import { useEffect } from 'react'

export const APP_NAME = 'Coachbook'

/** Names the window after the page ("Calls · Coachbook"), for the title bar and screen readers. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME
  }, [title])
}
