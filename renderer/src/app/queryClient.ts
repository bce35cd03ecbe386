import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/errors'
import { refetchOnMount } from './bootAnswers'

/**
 * One cache for the app. A local journal needs neither network awareness (`networkMode:
 * 'always'`, or a machine without a network would pause every query) nor retries (a failed
 * Result fails the same way twice; screens offer "Try again" instead). Data is refetched on every
 * visit to a screen (`staleTime: 0`): it is cheap locally, and another face (the CLI importing a
 * file, a second window) may have changed the journal meanwhile. Any call that finds the
 * session missing, or the journal in need of recovery, reports it, so the app can show one clear
 * screen instead of many errors; one that finds the journal locked (elsewhere) has the lock
 * screen shown. The one exception to reading on every visit: what the first screen read at boot
 * is not read again while it opens (./bootAnswers.ts).
 */
export function createQueryClient({
  onUnauthorized,
  onNeedsRecovery,
  onLocked,
}: { onUnauthorized?: () => void; onNeedsRecovery?: () => void; onLocked?: () => void } = {}): QueryClient {
  const check = (error: unknown) => {
    if (isApiError(error) && error.code === 'UNAUTHORIZED') onUnauthorized?.()
    if (isApiError(error) && error.code === 'NEEDS_RECOVERY') onNeedsRecovery?.()
    if (isApiError(error) && error.code === 'LOCKED') onLocked?.()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError: check }),
    mutationCache: new MutationCache({ onError: check }),
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, staleTime: 0, refetchOnMount, refetchOnWindowFocus: true },
      mutations: { networkMode: 'always', retry: false },
    },
  })
}
