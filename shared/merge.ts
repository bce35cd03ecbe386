import { sameContent } from './canonicalJson'

/**
 * Two windows, one truth (docs/conflicts.md). A save states the version it was based on: the
 * record's fields as the editor last saw them stored (`base`). The core merges field by field,
 * three ways — what the editor started from, what it sends, what is stored now:
 *
 * - a field the editor did not change keeps what is stored (another window's change survives);
 * - a field only the editor changed takes the editor's value;
 * - a field changed in both places to different values is a **conflict**: the stored value stays,
 *   and the save answers it, so the editor can show the other version and let the person choose.
 *
 * A field is one top-level property of the record: a whole rich-text document, the whole list of
 * questions, the whole `leads` map. Values are compared by content (canonical JSON), so key order
 * and `undefined` against `null` never count as a change. The base is stated in the shape of the
 * save's own fields and read the same way (shared/saveBase.ts). No zod here: the renderer uses it.
 */
export type FieldConflict = {
  field: string
  /** What is stored now: another window's (or program's) version. */
  theirs: unknown
  /** What this save sent. */
  mine: unknown
}

/** What a save states as its base: the record's fields, compared only, never stored. */
export type SaveBase = Readonly<Record<string, unknown>>

export type MergeOutcome<T> = { merged: T; conflicts: FieldConflict[] }

const value = (v: unknown): unknown => (v === undefined ? null : v)
export const sameValue = (a: unknown, b: unknown): boolean => sameContent(value(a), value(b))

/**
 * Merges `mine` into `current` over `keys`, given the `base` both started from. A key the base
 * does not mention is taken as unchanged elsewhere (the save wins it), so a caller that states no
 * base for a field keeps the old "last save wins" for it.
 */
export function mergeFields<T extends object>(
  keys: readonly (keyof T & string)[],
  base: Readonly<Record<string, unknown>>,
  mine: T,
  current: T,
): MergeOutcome<T> {
  const merged = { ...current }
  const conflicts: FieldConflict[] = []
  for (const key of keys) {
    const theirs = current[key]
    const ours = mine[key]
    const start = key in base ? base[key] : theirs
    if (sameValue(ours, start)) continue
    if (sameValue(theirs, start) || sameValue(theirs, ours)) merged[key] = ours
    else conflicts.push({ field: key, theirs: value(theirs), mine: value(ours) })
  }
  return { merged, conflicts }
}
