import { richTextToPlainText, type RichTextDoc } from '../../../shared/richText'

/** Conversions between SQLite's column values and the entities' JS values. */

export const toBool = (value: number): boolean => value === 1
export const fromBool = (value: boolean): 0 | 1 => (value ? 1 : 0)

/** Rich text is kept twice: the TipTap JSON for the editor and its plain text for search and CSV. */
export function richTextColumns(doc: RichTextDoc | null): { json: string | null; text: string } {
  return { json: doc === null ? null : JSON.stringify(doc), text: richTextToPlainText(doc) }
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
 * `IN ${IN_JSON_LIST}` with the ids as one JSON array parameter (`jsonList`): one statement reads
 * the rows of thousands of ids, where a read per id would be thousands of statements.
 */
export const IN_JSON_LIST = '(SELECT value FROM json_each(?))'
export const jsonList = (ids: Iterable<string>): string => JSON.stringify([...ids])

export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value)
}
