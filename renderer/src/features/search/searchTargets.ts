import type { SearchHit } from '../../../../shared/search'
import { SEARCH_FIELDS } from '../../../../shared/searchFields'
import { paths } from '../../app/paths'

const GROUP_OF = new Map<string, string>(SEARCH_FIELDS.map((field) => [field.key, field.group]))

/**
 * Where a hit opens: a call on the tab where the words were found (its pre-brief or debrief),
 * otherwise the call itself; a session on its own screen; a rep on the rep's page.
 */
export function hitHref(hit: SearchHit): string {
  if (hit.kind === 'session') return paths.session(hit.id)
  if (hit.kind === 'rep') return paths.rep(hit.id)
  const callId = hit.callId ?? hit.id
  const group = hit.fieldKey ? GROUP_OF.get(hit.fieldKey) : undefined
  if (group === 'plan') return paths.call(callId, 'prebrief')
  if (group === 'debrief' || group === 'private') return paths.call(callId, 'debrief')
  return paths.call(callId)
}

export const KIND_LABELS: Record<SearchHit['kind'], string> = { call: 'Call', session: 'Session', rep: 'Rep' }
