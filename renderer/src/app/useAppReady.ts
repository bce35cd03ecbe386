import { useIsFetching, useIsMutating } from '@tanstack/react-query'
import { useEffect } from 'react'
import { endFirstScreen } from './bootAnswers'

/**
 * Marks the page `data-app-ready="true"` once the first data has arrived and nothing is loading:
 * the signal end-to-end tests wait for instead of sleeping. Set once; later refetches do not
 * clear it (tests wait on what they expect to see for those).
 *
 * `data-app-busy` is there exactly while a read or a write is on its way, so a check of the whole
 * page (axe, a screenshot) can wait for the page to settle.
 */
export function useAppReady(firstDataSettled: boolean): void {
  const fetching = useIsFetching()
  const mutating = useIsMutating()
  useEffect(() => {
    if (firstDataSettled && fetching === 0) {
      document.documentElement.dataset['appReady'] = 'true'
      endFirstScreen()
    }
  }, [firstDataSettled, fetching])
  useEffect(() => {
    if (fetching + mutating > 0) document.documentElement.dataset['appBusy'] = 'true'
    else delete document.documentElement.dataset['appBusy']
    // The shell leaving (the journal locked) ends whatever it was waiting for.
    return () => {
      delete document.documentElement.dataset['appBusy']
    }
  }, [fetching, mutating])
}
