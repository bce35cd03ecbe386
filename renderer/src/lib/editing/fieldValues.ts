import type { RichTextDoc } from '../../../../shared/richText'
import type { Fields } from './reconcile'

/**
 * Field values as the core will read them, so the screen and the core agree on what changed:
 * text trimmed and empty text as nothing. Everything else is compared as it is.
 */
export function looseFields(fields: object): Fields {
  const out: Fields = {}
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') {
      const trimmed = value.trim()
      out[key] = trimmed === '' ? null : trimmed
    } else {
      out[key] = value ?? null
    }
  }
  return out
}

/**
 * "Keep both" for a field changed in two places: the other version first (it was saved first),
 * then this screen's, so neither is lost and both can be edited down.
 */
export function bothTexts(separator: string) {
  return (mine: unknown, theirs: unknown): string => {
    const parts = [theirs, mine].map((text) => (typeof text === 'string' ? text.trim() : '')).filter((text) => text !== '')
    return parts.join(separator)
  }
}

export function bothDocs(mine: unknown, theirs: unknown): RichTextDoc | null {
  const content = [theirs, mine].flatMap((doc) => ((doc as RichTextDoc | null)?.content ?? []))
  return content.length === 0 ? null : { type: 'doc', content }
}

/** Two lists kept as one: the other version's items, then this screen's that it does not have. */
export function bothLists<T>(textOf: (item: T) => string) {
  return (mine: unknown, theirs: unknown): T[] => {
    const first = (theirs as T[] | null) ?? []
    const seen = new Set(first.map((item) => textOf(item).trim()))
    return [...first, ...((mine as T[] | null) ?? []).filter((item) => !seen.has(textOf(item).trim()))]
  }
}
