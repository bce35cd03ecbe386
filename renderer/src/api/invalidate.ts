import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query'

/**
 * After any change to the journal, everything derived from it may be stale: lists, details and
 * the figures other screens compute from calls and reps. Refetching is cheap on a local journal,
 * so mark it all stale rather than guess which keys depend on what. Settings are left alone
 * (only a settings change moves them), and so is a record that was just deleted: refetching it
 * would only turn the page the user is leaving into a "not found" (the cache lets it go later).
 */
export async function invalidateJournal(queryClient: QueryClient, deleted: QueryKey[] = []): Promise<void> {
  const skip = new Set(deleted.map(hashKey))
  await queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'settings' && !skip.has(query.queryHash),
  })
}
