import { sameContent } from '../../../shared/canonicalJson'
import { mergeFields, type FieldConflict, type SaveBase } from '../../../shared/merge'
import { normalizeBase } from '../../../shared/saveBase'
import type { z } from 'zod'
import { AppFailure } from '../../../shared/result'

/**
 * What creates and saves share (docs/conflicts.md): a create repeated with the id its form made
 * answers the record it already made, and an update that states its base merges field by field.
 */

/**
 * A create whose id is taken: the same create sent again (a double click, a retry after a
 * timeout) answers the record it made; anything else is refused, since a create never overwrites.
 */
export function repeatedCreate<T extends { id: string }>(existing: T, wanted: T, noun: string): T {
  if (sameContent(existing, wanted)) return existing
  throw new AppFailure(
    'CONFLICT',
    `A ${noun} with id "${wanted.id}" already exists with other details; nothing was changed. Open it to edit it.`,
  )
}

/**
 * An explicit update (a dialog's Save) that states its base: fields changed elsewhere meanwhile
 * and also in the dialog are refused whole as CONFLICT, each named with the value it now holds, so
 * the dialog can say so beside the field; saving again from the current values goes through.
 */
export function mergeOrRefuse<T extends object>(
  keys: readonly (keyof T & string)[],
  shape: Readonly<Record<string, z.ZodType>>,
  base: SaveBase | undefined,
  mine: T,
  current: T,
  describe: (conflict: FieldConflict) => string,
): T {
  if (base === undefined) return mine
  const { merged, conflicts } = mergeFields(keys, normalizeBase(shape, base), mine, current)
  if (conflicts.length === 0) return merged
  const issues = conflicts.map((conflict) => ({ path: conflict.field, message: describe(conflict) }))
  throw new AppFailure('CONFLICT', CHANGED_ELSEWHERE_MESSAGE, issues)
}

export const CHANGED_ELSEWHERE_MESSAGE =
  'This was changed in another window while you were editing it, so nothing was saved. Check the highlighted fields, then save again to keep yours.'

/** How a conflicting value is named beside its field: "now “Acme”", "now empty". */
export function nowHolds(value: unknown): string {
  const shown =
    value === null || value === undefined || value === ''
      ? 'empty'
      : typeof value === 'string'
        ? `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : 'different'
  return `Changed in another window while you were editing: it is now ${shown}. Save again to keep yours.`
}
