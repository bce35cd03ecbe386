import { hashKey, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Link, useSearchParams } from 'wouter'
import type { SearchResult } from '../../../../shared/search'
import { useReps } from '../../api/useReps'
import { Button, buttonClass } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { currentRoute } from '../../app/hashLocation'
import { todayIso } from '../../lib/format'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { SearchFiltersBar } from './SearchFiltersBar'
import { SearchResults } from './SearchResults'
import { filtersFromParams, hasFilters, toParams, toQueryInput, type SearchFilters } from './searchParams'
import { searchKeys, useJournalSearch } from './useJournalSearch'
import './search.css'
import { FOCUS_SEARCH_EVENT } from './focusSearch'

/**
 * How long typing pauses before the address follows it. The search itself runs at every keystroke
 * (an older one is cancelled): waiting for a pause alone used more than the 100 ms a result may
 * take to appear (docs/performance.md).
 */
export const SEARCH_DEBOUNCE_MS = 150
const SEARCH_ROUTE = '/search'
const PAGE = 25
const MAX_LIMIT = 100

export function SearchPage() {
  useDocumentTitle('Search')
  const [params, setParams] = useSearchParams()
  const urlText = params.get('q') ?? ''
  const filters = filtersFromParams(params)
  const [text, setText] = useState(urlText)
  // The address's text as last seen: a change that did not come from typing here (the palette's
  // "Search for …") replaces what is in the box; our own debounced writes do not.
  const [seenUrlText, setSeenUrlText] = useState(urlText)
  if (urlText !== seenUrlText) {
    setSeenUrlText(urlText)
    setText(urlText)
  }
  const box = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const reps = useReps({ includeArchived: true })
  const queryClient = useQueryClient()

  // Typing writes the address once it pauses, so the history is not one entry per letter.
  useEffect(() => {
    if (text === urlText) return
    const timer = setTimeout(() => {
      // A result opened within the pause has already left this screen (the page may not have
      // re-rendered yet): writing the query now would put the address back on Search.
      if (currentRoute() !== SEARCH_ROUTE) return
      setSeenUrlText(text)
      setParams(toParams(text, filtersFromParams(new URLSearchParams(window.location.search))), { replace: true })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, urlText, setParams])

  // Start in the box, after the shell has moved the focus to the new page.
  useEffect(() => {
    const timer = setTimeout(() => box.current?.focus())
    const focus = () => box.current?.focus()
    window.addEventListener(FOCUS_SEARCH_EVENT, focus)
    return () => {
      clearTimeout(timer)
      window.removeEventListener(FOCUS_SEARCH_EVENT, focus)
    }
  }, [])

  const signature = JSON.stringify([text.trim(), filters])
  const [limit, setLimit] = useState(PAGE)
  const [limitFor, setLimitFor] = useState(signature)
  if (limitFor !== signature) {
    setLimitFor(signature)
    setLimit(PAGE)
  }
  const input = toQueryInput(text, filters, limit)
  const search = useJournalSearch(input)

  // An answer to an older search is no longer wanted: stop waiting for it.
  const currentHash = hashKey(searchKeys.query(input))
  useEffect(() => {
    void queryClient.cancelQueries({ queryKey: searchKeys.all, predicate: (query) => query.queryHash !== currentHash })
  }, [queryClient, currentHash])

  const setFilters = (next: SearchFilters) => setParams(toParams(text, next), { replace: true })
  const filtering = hasFilters(filters)
  // Only letters and digits are searched for; punctuation alone lists the newest entries.
  const searching = /[\p{L}\p{N}]/u.test(text)

  const onBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const first = listRef.current?.querySelector<HTMLAnchorElement>('a[data-result-link]')
      if (first) {
        event.preventDefault()
        first.focus()
      }
    }
  }

  const hits = search.data?.hits ?? []
  const total = search.data?.total ?? 0
  const stale = search.isPlaceholderData

  return (
    <>
      <PageHeader
        title="Search"
        description="Find any call, plan, debrief, coaching session or rep. Results appear as you type: the start of a word is enough, and accents do not matter."
      />
      <form className="search-form" role="search" aria-label="Journal" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-box" className="search-form__label">
          Search your journal
        </label>
        <div className="search-form__box">
          <svg className="search-form__icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <input
            ref={box}
            id="search-box"
            className="input search-form__input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder="For example: discovery, pricing, Dana"
            aria-describedby="search-help"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onBoxKeyDown}
          />
        </div>
        <p id="search-help" className="search-form__help">
          Press the down arrow to move into the results, Enter to open one.
        </p>
        <SearchFiltersBar
          filters={filters}
          reps={reps.data ?? []}
          onChange={setFilters}
          onClear={() => setParams(toParams(text, filtersFromParams(new URLSearchParams())), { replace: true })}
          active={filtering}
        />
      </form>

      <p className="search-status" role="status" aria-live="polite">
        {search.isPending || search.isError ? '' : statusText(total, hits.length, searching, filtering, text.trim(), search.data.order)}
        {stale && !search.isPending && <span className="search-status__busy"> Updating…</span>}
      </p>

      {search.isPending ? (
        <LoadingState label="Searching…" />
      ) : search.isError ? (
        <ErrorState
          title="The search could not be run"
          message={search.error.message}
          onRetry={() => void search.refetch()}
          retrying={search.isFetching}
        />
      ) : hits.length === 0 ? (
        <NoResults searching={searching} filtering={filtering} text={text.trim()} />
      ) : (
        <>
          <SearchResults hits={hits} stale={stale} today={todayIso()} box={box} listRef={listRef} />
          {total > hits.length && (
            <div className="list-footer">
              <span>
                Showing {hits.length} of {total}
              </span>
              {limit < MAX_LIMIT ? (
                <Button onClick={() => setLimit((n) => Math.min(MAX_LIMIT, n + PAGE))} busy={search.isFetching}>
                  Show more results
                </Button>
              ) : (
                <span>Add a word or a filter to narrow the search.</span>
              )}
            </div>
          )}
        </>
      )}
    </>
  )
}

export function statusText(
  total: number,
  shown: number,
  searching: boolean,
  filtering: boolean,
  text: string,
  order: SearchResult['order'] = 'relevance',
): string {
  if (total === 0) return searching ? `No results for “${text}”` : filtering ? 'No entries match these filters' : ''
  const count = `${total} ${total === 1 ? 'result' : 'results'}`
  if (searching) return `${count} for “${text}”${total > 1 ? (order === 'relevance' ? ', best match first' : ', newest first') : ''}`
  if (filtering) return `${count} matching the filters, newest first`
  return `The latest ${shown} ${shown === 1 ? 'entry' : 'entries'} in your journal`
}

function NoResults({ searching, filtering, text }: { searching: boolean; filtering: boolean; text: string }) {
  if (searching) {
    return (
      <EmptyState title={`Nothing matches “${text}”`}>
        Check the spelling, try fewer words or the first letters of one{filtering ? ', or clear the filters' : ''}. Every
        word you type has to appear somewhere in the entry.
      </EmptyState>
    )
  }
  if (filtering) {
    return <EmptyState title="No entries match these filters">Widen the dates or clear a filter to see more.</EmptyState>
  }
  return (
    <EmptyState
      title="Your journal is empty"
      action={
        <Link href="/reps" className={buttonClass('primary')}>
          Add your first rep
        </Link>
      }
    >
      Once you add reps, record calls and write their plans and debriefs, everything you wrote can be found from here.
    </EmptyState>
  )
}
