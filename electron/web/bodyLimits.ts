import type { Channel } from '../../shared/contract'

/**
 * How large a request body each operation may send, checked before the body is read (from
 * Content-Length, then while it streams). Small by default; only the operations that carry a
 * whole file, or rich text, get more. The sizes follow the contract's own caps
 * (shared/limits.ts) with room for JSON's escaping (a journal file's quotes double when it
 * travels inside a string) and non-ASCII text. docs/limits.md lists them.
 */
const KiB = 1024
const MiB = 1024 * KiB

export const DEFAULT_BODY_LIMIT = 64 * KiB
/** Three rich-text documents of up to 1 MB each, plus the brief's other fields. */
const RICH_TEXT_BODY_LIMIT = 4 * MiB
/** A CSV or calendar file of up to 50 million characters. */
const IMPORT_BODY_LIMIT = 80 * MiB
/** A journal file of up to 200 million characters. */
const JOURNAL_BODY_LIMIT = 256 * MiB

const LIMITS: Partial<Record<Channel, number>> = {
  'prebriefs.save': RICH_TEXT_BODY_LIMIT,
  'debriefs.save': RICH_TEXT_BODY_LIMIT,
  'sessions.create': RICH_TEXT_BODY_LIMIT,
  'sessions.update': RICH_TEXT_BODY_LIMIT,
  'imports.saveMapping': 1 * MiB,
  'imports.csvPreview': IMPORT_BODY_LIMIT,
  'imports.csvApply': IMPORT_BODY_LIMIT,
  'imports.icsPreview': IMPORT_BODY_LIMIT,
  'imports.icsApply': IMPORT_BODY_LIMIT,
  'journal.previewImport': JOURNAL_BODY_LIMIT,
  'journal.import': JOURNAL_BODY_LIMIT,
}

/** The largest body `channel` may send (unknown channels get the default). */
export function bodyLimit(channel: string): number {
  return Object.hasOwn(LIMITS, channel) ? (LIMITS[channel as Channel] ?? DEFAULT_BODY_LIMIT) : DEFAULT_BODY_LIMIT
}

/**
 * Bodies above the default are read (and answered) one at a time, so a few large imports at once
 * cannot exhaust memory; a body without a declared length counts as large if it may be.
 */
export function isLargeBody(limit: number, declared: number): boolean {
  return declared > DEFAULT_BODY_LIMIT || (declared === 0 && limit > DEFAULT_BODY_LIMIT)
}

export function describeBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MB` : `${Math.round(bytes / KiB)} KB`
}
