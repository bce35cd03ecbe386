import { memo, type KeyboardEvent, type RefObject } from 'react'
import { Link } from 'wouter'
import type { SearchHit } from '../../../../shared/search'
import { OUTCOME_LABELS } from '../../../../shared/labels'
import { Badge } from '../../components/Badge'
import { formatDay, formatTime } from '../../lib/format'
import { RolePath } from '../reps/RepTimeline'
import { SnippetText } from './SnippetText'
import { KIND_LABELS, hitHref } from './searchTargets'

export type SearchResultsProps = {
  hits: readonly SearchHit[]
  /** The previous answer, shown while a newer one is on its way. */
  stale: boolean
  today: string
  /** Where ArrowUp from the first result goes back to. */
  box: RefObject<HTMLInputElement | null>
  listRef: RefObject<HTMLOListElement | null>
}

/** Moves between result links with the arrow keys; Enter opens one (it is a link). */
function onListKeyDown(event: KeyboardEvent<HTMLOListElement>, box: RefObject<HTMLInputElement | null>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')]
  const index = links.indexOf(document.activeElement as HTMLAnchorElement)
  if (index === -1) return
  event.preventDefault()
  if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]?.focus()
  else if (index === 0) box.current?.focus()
  else links[index - 1]?.focus()
}

export function SearchResults({ hits, stale, today, box, listRef }: SearchResultsProps) {
  return (
    <ol
      ref={listRef}
      className={`search-results${stale ? ' search-results--stale' : ''}`}
      aria-label="Search results"
      aria-busy={stale || undefined}
      onKeyDown={(event) => onListKeyDown(event, box)}
    >
      <ResultItems hits={hits} today={today} />
    </ol>
  )
}

/**
 * The results themselves, drawn again only for a new answer: each keystroke first marks the list
 * busy (`stale`), and that alone need not rebuild every result (docs/performance.md, "Search").
 */
const ResultItems = memo(function ResultItems({ hits, today }: { hits: readonly SearchHit[]; today: string }) {
  return (
    <>
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className="result" data-kind={hit.kind}>
          <div className="result__head">
            <Badge tone={hit.kind === 'call' ? 'info' : hit.kind === 'session' ? 'success' : 'neutral'}>{KIND_LABELS[hit.kind]}</Badge>
            <Link href={hitHref(hit)} className="result__title" data-result-link="">
              {hit.title}
            </Link>
            {hit.cancelled && <Badge tone="danger">Cancelled</Badge>}
            {hit.kind === 'rep' && hit.repArchived && <Badge>Archived</Badge>}
          </div>
          <div className="result__meta">
            {hit.kind !== 'rep' && <span>{hit.repArchived ? `${hit.repName} (archived)` : hit.repName}</span>}
            {hit.date && (
              <span>
                {hit.kind === 'rep' ? 'Started ' : ''}
                {formatDay(hit.date, { weekday: false })}
                {hit.time && `, ${formatTime(hit.time)}`}
              </span>
            )}
            {hit.kind === 'call' && (hit.plannedRole || hit.actualRole) && (
              <span>
                <RolePath planned={hit.plannedRole} actual={hit.actualRole} upcoming={hit.date !== null && hit.date > today} />
              </span>
            )}
            {hit.outcome && <span>{OUTCOME_LABELS[hit.outcome].replace(/ \(.*\)$/, '')}</span>}
          </div>
          {hit.field && hit.snippet.length > 0 && (
            <p className="result__snippet">
              <span className="result__field">
                {hit.field}
                {hit.private && <span className="result__private"> · private</span>}
              </span>
              <SnippetText segments={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </>
  )
})
