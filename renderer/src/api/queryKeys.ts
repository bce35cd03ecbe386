import type { InputOf } from '../../../shared/contract'

export type CallFilter = Omit<InputOf<'calls', 'list'>, 'limit' | 'offset'>

/** Every cache key in one place, shaped so a prefix (`['calls']`) covers all of an area. */
export const queryKeys = {
  settings: ['settings'] as const,
  reps: {
    all: ['reps'] as const,
    list: (includeArchived: boolean) => ['reps', 'list', { includeArchived }] as const,
    detail: (id: string) => ['reps', 'detail', id] as const,
  },
  calls: {
    all: ['calls'] as const,
    list: (filter: CallFilter) => ['calls', 'list', filter] as const,
    /** One page of the list, by its number (offset = page × the page size). */
    page: (filter: CallFilter, page: number) => ['calls', 'list', filter, page] as const,
    detail: (id: string) => ['calls', 'detail', id] as const,
  },
}
