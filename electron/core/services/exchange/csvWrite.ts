import { stringify } from 'csv-stringify/sync'
import { guardCell } from './csvGuard'

/**
 * How Coachbook writes CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accented
 * names as UTF-8 rather than the machine's legacy code page), CRLF between records, a header row,
 * and every cell guarded against formula injection.
 */
export const BOM = '\uFEFF'

export { guardCell }

export type CsvCell = string | number | boolean | null | undefined

/** A cell's text: empty for no value, `yes`/`no` for flags, plain decimal numbers. */
export function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return value
}

export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const records = [header.map((h) => guardCell(h)), ...rows.map((row) => row.map((cell) => guardCell(cellText(cell))))]
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone LF or CR, which
  // would split the record for every reader: quote those too, and cells with edge spaces.
  return BOM + stringify(records, { record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^\s|\s$/] })
}
