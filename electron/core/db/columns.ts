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

export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value)
}
