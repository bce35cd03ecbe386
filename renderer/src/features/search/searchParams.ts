import { OUTCOMES, ROLES, type Outcome, type Role } from '../../../../shared/domain'
import type { SearchQueryInput } from '../../../../shared/search'
import { SEARCH_KINDS, type SearchKind } from '../../../../shared/searchFields'

/** The search screen's address: `#/search?q=disc&rep=r1&actual=crutch&from=2026-11-01`. */
export type SearchFilters = {
  rep: string
  kind: SearchKind | ''
  planned: Role | ''
  actual: Role | ''
  outcome: Outcome | ''
  from: string
  to: string
}

export const FILTER_KEYS = ['rep', 'kind', 'planned', 'actual', 'outcome', 'from', 'to'] as const satisfies ReadonlyArray<keyof SearchFilters>

const DAY = /^\d{4}-\d{2}-\d{2}$/
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : ''

/** Filters read from the address; anything unknown or malformed is left out rather than failing. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const day = (key: string) => {
    const value = params.get(key) ?? ''
    return DAY.test(value) ? value : ''
  }
  return {
    rep: params.get('rep') ?? '',
    kind: oneOf(SEARCH_KINDS, params.get('kind')),
    planned: oneOf(ROLES, params.get('planned')),
    actual: oneOf(ROLES, params.get('actual')),
    outcome: oneOf(OUTCOMES, params.get('outcome')),
    from: day('from'),
    to: day('to'),
  }
}

export function hasFilters(filters: SearchFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '')
}

/** The address's parameters for a text and filters (empty ones left out). */
export function toParams(text: string, filters: SearchFilters): Record<string, string> {
  const params: Record<string, string> = {}
  if (text.trim() !== '') params['q'] = text
  for (const key of FILTER_KEYS) if (filters[key] !== '') params[key] = filters[key]
  return params
}

export function toQueryInput(text: string, filters: SearchFilters, limit: number): SearchQueryInput {
  return {
    text: text.trim(),
    limit,
    ...(filters.rep ? { repId: filters.rep } : {}),
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.planned ? { plannedRole: filters.planned } : {}),
    ...(filters.actual ? { actualRole: filters.actual } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  }
}
