import { CALL_LIST_SORTS, CALL_LIST_WHEN, defaultDirection, type CallListSort, type CallListWhen, type SortDirection } from '../../../../shared/callList'
import { ROLES, STAKES, type Role, type Stakes } from '../../../../shared/domain'
import type { CallFilter } from '../../api/queryKeys'

/**
 * The Calls screen's filters and order, kept in the address (`#/calls?when=past&stakes=sidewalk`)
 * so a view can be linked and survives a reload. Unknown values fall back to "any".
 */
export type CallsView = {
  when: CallListWhen | 'all'
  repId: string
  stakes: Stakes | ''
  role: Role | ''
  awaitingDebrief: boolean
  sort: CallListSort
  direction: SortDirection
}

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value)

export function viewFromParams(params: URLSearchParams): CallsView {
  const when = pick(CALL_LIST_WHEN, params.get('when')) ?? 'all'
  const sort = pick(CALL_LIST_SORTS, params.get('sort')) ?? 'date'
  return {
    when,
    repId: params.get('rep') ?? '',
    stakes: pick(STAKES, params.get('stakes')) ?? '',
    role: pick(ROLES, params.get('role')) ?? '',
    awaitingDebrief: params.get('waiting') === '1',
    sort,
    direction: pick(['asc', 'desc'] as const, params.get('dir')) ?? defaultDirection(sort, when === 'all' ? undefined : when),
  }
}

/** The address's query; what is left at its default stays out, so plain `#/calls` stays plain. */
export function viewToParams(view: CallsView): Record<string, string> {
  const params: Record<string, string> = {}
  if (view.when !== 'all') params['when'] = view.when
  if (view.repId) params['rep'] = view.repId
  if (view.stakes) params['stakes'] = view.stakes
  if (view.role) params['role'] = view.role
  if (view.awaitingDebrief) params['waiting'] = '1'
  if (view.sort !== 'date') params['sort'] = view.sort
  if (view.direction !== defaultDirection(view.sort, view.when === 'all' ? undefined : view.when)) params['dir'] = view.direction
  return params
}

/** What the core is asked for: every filter and the order are applied there, in SQL. */
export function viewToFilter(view: CallsView, today: string): CallFilter {
  return {
    ...(view.when !== 'all' ? { when: view.when } : {}),
    ...(view.repId ? { repId: view.repId } : {}),
    ...(view.stakes ? { stakes: view.stakes } : {}),
    ...(view.role ? { role: view.role } : {}),
    ...(view.awaitingDebrief ? { awaitingDebrief: true } : {}),
    sort: view.sort,
    direction: view.direction,
    today,
  }
}

export function isFiltered(view: CallsView): boolean {
  return view.repId !== '' || view.stakes !== '' || view.role !== '' || view.awaitingDebrief
}
