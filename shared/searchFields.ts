/**
 * What search can find: the kinds of record and the searchable fields with the words a hit uses
 * to say where it was found. Kept apart from the schemas of ./search.ts, so the screens that only
 * name the fields (the command palette, in the first screen's code) do not carry zod.
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
