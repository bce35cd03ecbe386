import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { JournalChange } from '../../../shared/journalEvents'
import { invalidateJournal } from '../api/invalidate'
import type { ChangeSource } from '../api/live/journalChanges'

/**
 * Changes made in another window, tab or program mark what this page shows as stale, so the
 * screen on view reads it again (docs/conflicts.md). Forms keep what is being typed: an editor
 * takes the fresher record in field by field (lib/editing), never over the person's words.
 */
export function useJournalChanges(source: ChangeSource | null): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!source) return
    return source((change: JournalChange) => {
      if (change.scope === 'journal') void invalidateJournal(queryClient)
      else void queryClient.invalidateQueries()
    })
  }, [source, queryClient])
}
