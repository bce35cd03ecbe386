import { SEARCH_FIELDS, type SearchFieldKey, type SnippetSegment } from '../../../shared/search'
import { tokens } from './searchText'

/**
 * FTS5's `snippet()` wraps each found word in two private-use characters (stripped from the
 * indexed text, so only the index puts them there); this splits its output into plain segments
 * the screen can render as text, with no HTML to escape or sanitise.
 */
export const MARK_OPEN = '\uE000'
export const MARK_CLOSE = '\uE001'

const MARKED = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'gu')

export function toSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = []
  const push = (text: string, match: boolean) => {
    if (text.length === 0) return
    const last = segments.at(-1)
    if (last && last.match === match) last.text += text
    else segments.push({ text, match })
  }
  let at = 0
  for (const found of snippet.matchAll(MARKED)) {
    push(snippet.slice(at, found.index), false)
    push(found[1] ?? '', true)
    at = found.index + found[0].length
  }
  push(snippet.slice(at).replaceAll(MARK_OPEN, '').replaceAll(MARK_CLOSE, ''), false)
  return segments
}

/**
 * How many of the typed words a snippet shows found: a word counts when its last token starts a
 * highlighted token and its other tokens appear highlighted too (a word like `follow-up` is a
 * phrase of two tokens).
 */
export function termsCovered(segments: SnippetSegment[], terms: string[][]): number {
  const found = segments.filter((s) => s.match).flatMap((s) => tokens(s.text))
  if (found.length === 0) return 0
  return terms.filter((term) => {
    const last = term.at(-1)
    if (last === undefined) return false
    return found.some((t) => t.startsWith(last)) && term.slice(0, -1).every((token) => found.includes(token))
  }).length
}

export type BestField = { key: SearchFieldKey; segments: SnippetSegment[] }

/**
 * The field a hit is shown by: the one whose snippet shows the most typed words; on a tie the
 * earlier field in SEARCH_FIELDS (account before notes). The rep's name is on every call and
 * session so "dana pricing" works, but it names the hit only on the rep's own record.
 */
export function bestField(
  snippets: Partial<Record<SearchFieldKey, string>>,
  terms: string[][],
  isRepRecord: boolean,
): BestField | null {
  const order = isRepRecord
    ? SEARCH_FIELDS
    : [...SEARCH_FIELDS.filter((f) => f.key !== 'rep_name'), ...SEARCH_FIELDS.filter((f) => f.key === 'rep_name')]
  let best: (BestField & { score: number }) | null = null
  for (const { key } of order) {
    const snippet = snippets[key]
    if (!snippet || !snippet.includes(MARK_OPEN)) continue
    const segments = toSegments(snippet)
    const score = Math.max(1, termsCovered(segments, terms))
    if (!best || score > best.score) best = { key, segments, score }
  }
  return best && { key: best.key, segments: best.segments }
}
