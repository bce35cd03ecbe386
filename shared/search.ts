import { z } from 'zod'
import { isoDaySchema } from './dates'
import type { Outcome, Role } from './domain'
import { SEARCH_KINDS, type SearchFieldKey, type SearchKind } from './searchFields'
import { cleanText, idSchema, outcomeSchema, roleSchema } from './fields'

/**
 * Search across the journal (`search.query`): what can be asked, what a hit looks like, and the
 * searchable fields with the words a hit uses to say where it was found.
 */

export { SEARCH_FIELDS, SEARCH_KINDS, type SearchFieldGroup, type SearchFieldKey, type SearchKind } from './searchFields'

/** Typed text is capped: a search box, not a document. */
export const SEARCH_TEXT_MAX_CHARS = 500

export const searchQueryInputSchema = z.object({
  /** Free text; every word must be found (each as the start of a word). Empty lists the newest. */
  text: cleanText(z.string().max(SEARCH_TEXT_MAX_CHARS, `Keep the search under ${SEARCH_TEXT_MAX_CHARS} characters`)).default(''),
  kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  repId: idSchema.optional(),
  plannedRole: roleSchema.optional(),
  actualRole: roleSchema.optional(),
  outcome: outcomeSchema.optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(100_000).default(0),
})
export type SearchQueryInput = z.input<typeof searchQueryInputSchema>

/** A piece of a snippet; `match` pieces are the words the search found. Plain text, never HTML. */
export type SnippetSegment = { text: string; match: boolean }

export type SearchHit = {
  kind: SearchKind
  /** The call's, session's or rep's id. */
  id: string
  /** Set for calls (the same as `id`), so a hit can link to the call screen directly. */
  callId: string | null
  repId: string
  repName: string
  /** The rep is archived: results say so, since an archived rep is no longer on the lists. */
  repArchived: boolean
  /** The call or session day; a rep's start day, when known. */
  date: string | null
  time: string | null
  /** "Acme Corp — Fleet renewal", "Role play — Holding silence after pricing", or the rep's name. */
  title: string
  /** The field the snippet comes from, in words ("Lesson"); null when no words were searched. */
  field: string | null
  fieldKey: SearchFieldKey | null
  /** True when the snippet comes from the manager's private notes. */
  private: boolean
  snippet: SnippetSegment[]
  plannedRole: Role | null
  actualRole: Role | null
  outcome: Outcome | null
  cancelled: boolean
}

export type SearchResult = {
  hits: SearchHit[]
  total: number
  /**
   * `relevance`: best match first (bm25), newest first among equals. `newest`: no words were typed,
   * or they match so much of a large journal that ranking it would cost more than it tells.
   */
  order: 'relevance' | 'newest'
}
