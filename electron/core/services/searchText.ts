/**
 * Turns what a person typed into an FTS5 query that is always valid. Each word becomes a quoted
 * prefix phrase — `disc` → `"disc"*` — so typing finds words as they are being spelled, and quotes,
 * `*`, `-`, `:`, `NEAR(`, `AND`/`OR` are plain text inside the quotes, never operators. Words are
 * joined by FTS5's implicit AND: every word must be found somewhere in the record.
 */
export const MAX_SEARCH_TERMS = 16

export type SearchTerms = {
  /** The FTS5 MATCH expression. */
  match: string
  /** Each typed word as the index sees it: folded (lower case, no accents) and split into tokens. */
  terms: string[][]
}

/** Letters and digits are what the unicode61 tokenizer indexes; a word without any finds nothing. */
const HAS_TOKEN = /[\p{L}\p{N}]/u

/** `null` when nothing searchable was typed (empty, spaces, only punctuation). */
export function parseSearchText(text: string): SearchTerms | null {
  const words = text
    .normalize('NFC')
    // SQLite reads a NUL as the end of the string; no control character is part of a word anyway.
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/u)
    .filter((word) => HAS_TOKEN.test(word))
    .slice(0, MAX_SEARCH_TERMS)
  if (words.length === 0) return null
  return {
    match: words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' '),
    terms: words.map(tokens),
  }
}

/** Close to what `unicode61 remove_diacritics 2` does: lower case, accents dropped. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
}
