import { richTextJsonOf, storedRichText, unpackRichText } from '../../../shared/packedRichText'
import { richTextToPlainText, type RichTextDoc } from '../../../shared/richText'

/** Conversions between SQLite's column values and the entities' JS values. */

export const toBool = (value: number): boolean => value === 1
export const fromBool = (value: boolean): 0 | 1 => (value ? 1 : 0)

/**
 * Rich text is kept in two columns: its plain text for search and CSV, and the TipTap JSON for the
 * editor, in a short form that takes its words from that plain text when that is exact
 * (shared/packedRichText.ts). The JSON column reads only with the plain text it was written with:
 * always write the two together, from here.
 */
export function richTextColumns(doc: RichTextDoc | null): { json: string | null; text: string } {
  const text = richTextToPlainText(doc)
  return { json: doc === null ? null : storedRichText(doc, text), text }
}

/** Values were validated on the way in; the database holds them as JSON text. */
export function fromJson<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T)
}

/**
 * How a row's JSON columns become values: parsed (`fromJson`), or, for a writer that puts them in
 * a JSON file as they are, anything that stands for the stored text (the journal file's export).
 */
export type JsonColumnReader = <T>(json: string | null) => T | null

/**
 * A rich-text column (either stored form, with the plain text stored beside it) through a row's JSON reader: parsed straight from the
 * short form, or handed to any other reader as the JSON text it stands for (the export splices
 * that text into the file; an import compares with it).
 */
export function readRichText(stored: string | null, plain: string, json: JsonColumnReader = fromJson): RichTextDoc | null {
  if (stored === null) return null
  return json === fromJson ? unpackRichText(stored, plain) : json<RichTextDoc>(richTextJsonOf(stored, plain))
}

/**
 * `IN ${IN_JSON_LIST}` with the ids as one JSON array parameter (`jsonList`): one statement reads
 * the rows of thousands of ids, where a read per id would be thousands of statements.
 */
export const IN_JSON_LIST = '(SELECT value FROM json_each(?))'
export const jsonList = (ids: Iterable<string>): string => JSON.stringify([...ids])

export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value)
}
