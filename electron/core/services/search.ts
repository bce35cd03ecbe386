import type { Handlers, ParsedInputOf } from '../../../shared/contract'
import { SESSION_KIND_LABELS } from '../../../shared/labels'
import { SEARCH_FIELDS, type SearchHit, type SearchResult } from '../../../shared/search'
import type { CoreContext } from '../context'
import { createSearchRepository, type SearchRecordRow, type SearchRepository, type SearchTitleRow } from '../db/search'
import { requireRep } from './reps'
import { bestField, type BestField } from './searchSnippet'
import { parseSearchText } from './searchText'

/**
 * Ranking by relevance costs a little for every match, so it is done up to this many matches.
 * Past it — a word or two letters found in a good part of a large journal — relevance means
 * little and the matches are listed newest first, which stays quick however many there are.
 * A journal of a few thousand calls never gets there.
 */
export const RELEVANCE_RANKING_MAX_MATCHES = 5_000

/**
 * `search.query`: every word typed must be found (as the start of a word, accents ignored) in a
 * call — with its pre-brief and debrief —, a coaching session or a rep; the filters narrow it.
 * With no words, the newest records the filters let through, so the filters work on their own.
 */
export function searchJournal(
  ctx: CoreContext,
  search: SearchRepository,
  input: ParsedInputOf<'search', 'query'>,
  { relevanceMaxMatches = RELEVANCE_RANKING_MAX_MATCHES }: { relevanceMaxMatches?: number } = {},
): SearchResult {
  const { text, limit, offset, ...filter } = input
  if (filter.repId !== undefined) requireRep(ctx, filter.repId)
  const parsed = parseSearchText(text)
  const page = { limit, offset }
  // One read transaction: the count, the page, its titles and snippets all see the same journal.
  return ctx.db.transaction((): SearchResult => {
    if (parsed === null) {
      const { rows, total } = search.newest(filter, page)
      return { hits: toHits(search, rows, null), total, order: 'newest' }
    }
    const { rows, total, byRelevance } = search.matching(parsed.match, filter, page, {
      relevanceMaxMatches,
      singleTokens: parsed.terms.every((word) => word.length === 1),
      shortPrefixes: parsed.terms.every((word) => word.length === 1 && [...(word[0] ?? '')].length <= 2),
    })
    const snippets = search.snippets(parsed.match, rows)
    const hits = toHits(search, rows, (row) => {
      const fields = snippets.get(row.id)
      return fields ? bestField(fields, parsed.terms, row.kind === 'rep') : null
    })
    return { hits, total, order: byRelevance ? 'relevance' : 'newest' }
  })()
}

const FIELDS = new Map(SEARCH_FIELDS.map((f) => [f.key, f] as const))

function toHits(
  search: SearchRepository,
  rows: readonly SearchRecordRow[],
  best: ((row: SearchRecordRow) => BestField | null) | null,
): SearchHit[] {
  const titles = search.titles(rows.map((row) => row.id))
  return rows.map((row) => {
    const found = best?.(row) ?? null
    const field = found ? FIELDS.get(found.key) : undefined
    const title = titles.get(row.id)
    return {
      kind: row.kind,
      id: row.record_id,
      callId: row.kind === 'call' ? row.record_id : null,
      repId: row.rep_id,
      repName: title?.rep_name ?? '',
      repArchived: title?.rep_archived === 1,
      date: row.day,
      time: row.time,
      title: titleOf(row, title),
      field: field?.label ?? null,
      fieldKey: field?.key ?? null,
      private: field?.group === 'private',
      snippet: found?.segments ?? [],
      plannedRole: row.planned_role,
      actualRole: row.actual_role,
      outcome: row.outcome,
      cancelled: row.cancelled === 1,
    }
  })
}

/** "Acme Corp — Fleet renewal", "Role play — Holding silence after pricing", or the rep's name. */
function titleOf(row: SearchRecordRow, text: SearchTitleRow | undefined): string {
  if (row.kind === 'rep') return text?.rep_name ?? ''
  if (row.kind === 'session') {
    const kind = row.session_kind ? SESSION_KIND_LABELS[row.session_kind] : 'Coaching session'
    return text?.session_skill ? `${kind} — ${text.session_skill}` : kind
  }
  const parts = [text?.account ?? '', text?.opportunity ?? ''].filter((part) => part.trim() !== '')
  return parts.length > 0 ? parts.join(' — ') : 'Call'
}

export function searchHandlers(ctx: CoreContext): Handlers['search'] {
  const search = createSearchRepository(ctx.db)
  return {
    query: (input) => searchJournal(ctx, search, input),
  }
}
