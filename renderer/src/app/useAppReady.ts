import { useIsFetching } from '@tanstack/react-query'
import { useEffect } from 'react'

/**
 * Marks the page `data-app-ready="true"` once the first data has arrived and nothing is loading:
 * the signal end-to-end tests wait for instead of sleeping. Set once; later refetches do not
 * clear it (tests wait on what they expect to see for those).
 */
export function useAppReady(firstDataSettled: boolean): void {
  const fetching = useIsFetching()
  useEffect(() => {
    if (firstDataSettled && fetching === 0) document.documentElement.dataset['appReady'] = 'true'
  }, [firstDataSettled, fetching])
}
