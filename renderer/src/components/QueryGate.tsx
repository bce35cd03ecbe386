import type { ReactNode } from 'react'
import { ErrorState } from './ErrorState'
import { LoadingState } from './LoadingState'

/** What the gate reads of a query (TanStack Query's result has it; components/ stay free of data libraries). */
export type GatedQuery<T> = {
  isPending: boolean
  isError: boolean
  isFetching: boolean
  error: Error | null
  /** Never undefined once a read succeeded (TanStack Query refuses an undefined answer). */
  data: T | undefined
  refetch: () => unknown
}

export type QueryGateProps<T> = {
  query: GatedQuery<T>
  /** What the spinner says while the first answer is on its way ("Loading reminders…"). */
  loading: string
  /** The error's title when the read fails ("Reminders could not be loaded"); its message comes from the core. */
  failed: string
  /** The content, once the data is in. */
  children: (data: T) => ReactNode
}

/**
 * The three states every screen or section that reads one thing goes through: a spinner until
 * the first answer, an error with "Try again" when the read failed, then the content. One place
 * for it, so every section says the same things the same way (and the tests read one shape).
 */
export function QueryGate<T>({ query, loading, failed, children }: QueryGateProps<T>) {
  if (query.isPending) return <LoadingState label={loading} />
  if (query.isError || query.data === undefined) {
    return <ErrorState title={failed} message={query.error?.message ?? 'Something went wrong.'} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  }
  return <>{children(query.data)}</>
}
