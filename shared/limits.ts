/**
 * The limits every entry into the journal holds to, in one place (docs/limits.md explains each).
 * One number per rule: the contract's schemas, the journal-file import, `check` and the HTTP host
 * all read them from here, so what one accepts the others can take.
 */

/**
 * How deeply rich text may nest: the document's own blocks are level 1, a paragraph in a list
 * item in a list is level 3, and each list inside a list adds two. Thirty-two levels hold fifteen
 * lists inside one another; the stack, JSON export and `check` could take twenty times more, so a
 * document that passes here always exports, re-imports and checks.
 */
export const RICH_TEXT_MAX_DEPTH = 32

/**
 * How deeply any input may nest, measured before validation (a recursive schema must never see a
 * deeper value): a rich text level is two JSON levels (the node and its `content` array), and a
 * journal file puts five levels of records around a document.
 */
export const INPUT_MAX_DEPTH = 2 * RICH_TEXT_MAX_DEPTH + 16

/** A rich-text document, as stored (the UTF-8 of its JSON). */
export const RICH_TEXT_MAX_BYTES = 1_000_000

/** How many values (objects, arrays, strings, numbers…) one input may hold before validation. */
export const INPUT_MAX_VALUES = 2_000_000

/** The longest period an operation that walks days, weeks or months will take: 50 years. */
export const MAX_PERIOD_YEARS = 50
export const MAX_PERIOD_DAYS = Math.round(MAX_PERIOD_YEARS * 365.25)

/** A journal file's text (200 million characters): about 45,000 calls with full notes. */
export const JOURNAL_TEXT_MAX_CHARS = 200_000_000
/** A CSV or calendar file's text (50 million characters). */
export const IMPORT_TEXT_MAX_CHARS = 50_000_000
