import { z } from 'zod'
import { isoDaySchema } from './dates'
import type { Outcome, Role } from './domain'
import { cleanText, idSchema, outcomeSchema, roleSchema } from './fields'

/**
 * Search across the journal (`search.query`): what can be asked, what a hit looks like, and the
 * searchable fields with the words a hit uses to say where it was found.
 */

export const SEARCH_KINDS = ['call', 'session', 'rep'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Where a field belongs; `private` marks the manager's private notes, which only they see. */
export type SearchFieldGroup = 'rep' | 'call' | 'plan' | 'debrief' | 'private' | 'session'

/**
 * Every searchable field, in the order of the index's columns (migration 0003 lists the same
 * names in the same order; a test holds them together).
 */
export const SEARCH_FIELDS = [
  { key: 'rep_name', label: 'Rep', group: 'rep' },
  { key: 'rep_title', label: 'Title', group: 'rep' },
  { key: 'account', label: 'Account', group: 'call' },
  { key: 'opportunity', label: 'Opportunity', group: 'call' },
  { key: 'objective', label: 'Call objective', group: 'plan' },
  { key: 'next_step', label: 'Next step', group: 'plan' },
  { key: 'questions', label: 'Planned questions', group: 'plan' },
  { key: 'intervention_rule', label: 'Intervention rule', group: 'plan' },
  { key: 'skill_focus', label: 'Skill to observe', group: 'plan' },
  { key: 'plan_notes', label: 'Pre-brief notes', group: 'plan' },
  { key: 'self_assessment', label: "Rep's self-assessment", group: 'debrief' },
  { key: 'root_cause_note', label: 'Root-cause note', group: 'debrief' },
  { key: 'lesson', label: 'Lesson', group: 'debrief' },
  { key: 'skill_to_drill', label: 'Skill to drill', group: 'debrief' },
  { key: 'debrief_notes', label: 'Debrief notes', group: 'debrief' },
  { key: 'private_notes', label: 'Private notes', group: 'private' },
  { key: 'session_skill', label: 'Session skill', group: 'session' },
  { key: 'session_notes', label: 'Session notes', group: 'session' },
] as const satisfies ReadonlyArray<{ key: string; label: string; group: SearchFieldGroup }>
export type SearchFieldKey = (typeof SEARCH_FIELDS)[number]['key']

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
