import { sameContent } from '../../../../shared/canonicalJson'
import type { JsonColumnReader } from '../../db/columns'

/**
 * A JSON column's text as the journal stores it, unparsed. The journal file's export splices it
 * into the file (./prettyJson.ts); an import compares a file's record with it as text first. Rich
 * text is most of a journal's bytes, and parsing it again was most of an export's and an
 * unchanged import's time.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Reads a row's JSON columns as their stored text (null stays null). */
export const storedJson = ((text: string | null) => (text === null ? null : new RawJson(text))) as unknown as JsonColumnReader

/**
 * Whether a file's record says what the journal's record (read with `storedJson`) says, by the
 * same rule as `sameContent`. A document is first compared with its stored text: the journal
 * stores `JSON.stringify` of the validated document, so an unchanged one gives the same text, and
 * only when the texts differ (keys in another order, say) is the stored one parsed and compared.
 */
export function sameAsStored(record: object, stored: object): boolean {
  const mine: Record<string, unknown> = { ...record }
  const theirs: Record<string, unknown> = { ...stored }
  for (const [key, value] of Object.entries(theirs)) {
    if (!(value instanceof RawJson)) continue
    const given = mine[key]
    if (JSON.stringify(given) !== value.text && !sameContent(given, JSON.parse(value.text))) return false
    delete mine[key]
    delete theirs[key]
  }
  return sameContent(mine, theirs)
}
