import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'
import { BOM, cellText, guardCell, writeCsv, type CsvCell } from '../../../../../../electron/core/services/exchange/csvWrite'

/**
 * The hand-written RFC 4180 writer against csv-stringify with the options Coachbook used before
 * it (quote the record delimiter, a lone CR or LF, and edge spaces): the same bytes, cell for cell.
 */
const byLibrary = (header: readonly string[], rows: readonly (readonly CsvCell[])[]) =>
  BOM +
  stringify([header.map((h) => guardCell(h)), ...rows.map((row) => row.map((cell) => guardCell(cellText(cell))))], {
    record_delimiter: 'windows',
    quoted_match: [/[\r\n]/, /^\s|\s$/],
  })

describe('writeCsv', () => {
  it('writes what csv-stringify wrote, whatever the cells hold', () => {
    const cells: CsvCell[] = [
      'plain', '', null, undefined, true, false, 0, -3.5, 1e21, Number.NaN, 'a,b', 'say "hi"', '"', 'line\nbreak', 'cr\ronly',
      'crlf\r\nend', ' lead', 'trail ', '\tTab', '=SUM(A1)', "'=x", '+1', '-2', '@me', 'Zürich — café', 'tab\tinside', '\u00a0nbsp', ',',
      'x\u2028y',
    ]
    const rows = cells.map((cell, i) => [cell, cells[(i * 7) % cells.length] ?? null, i])
    expect(writeCsv(['date', 'a "b"', '=c'], rows)).toBe(byLibrary(['date', 'a "b"', '=c'], rows))
  })

  it('writes only the header row for no rows', () => {
    expect(writeCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`)
    expect(writeCsv(['a', 'b'], [])).toBe(byLibrary(['a', 'b'], []))
  })
})
