import { parse, CsvError } from 'csv-parse/sync'
import type { CsvDelimiter, CsvDelimiterChoice } from '../../../../shared/exchange'
import { AppFailure } from '../../../../shared/result'
import { withoutControlCharacters } from '../../../../shared/text'
import { isCoachbookCallsCsv } from './callsCsvColumns'
import { unguardCell } from './csvGuard'

/**
 * Reads a CSV file someone exported from a CRM or a spreadsheet: a header row, then one record per
 * row. Every row keeps the file line it starts on (the header is line 1), so a problem can be
 * reported where the person will look for it.
 */
export type CsvRow = { line: number; cells: string[] }
export type CsvTable = { headers: string[]; delimiter: CsvDelimiter; rows: CsvRow[] }

type Parsed = { record: string[]; info: { lines: number } }

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t']

/** The delimiter used most often outside quotes on the first line; a comma when none is. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((d) => [d, 0]))
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1)
  }
  let best: CsvDelimiter = ','
  for (const d of CANDIDATES) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

export { unguardCell }

const lineBreaks = (cells: string[]) => cells.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0)

export function readCsv(text: string, choice: CsvDelimiterChoice = 'auto'): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') throw new AppFailure('INVALID_INPUT', 'The file is empty')
  const delimiter = choice === 'auto' ? detectDelimiter(body) : choice
  let parsed: Parsed[]
  try {
    parsed = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Parsed[]
  } catch (error) {
    throw new AppFailure('INVALID_INPUT', describeCsvError(error))
  }
  // `info.lines` is the line a record ends on; a quoted cell may span several. Control characters
  // (invisible, and refused by every text field) are taken out of the cells as they are read.
  const records = parsed
    .map(({ record, info }) => ({ line: info.lines - lineBreaks(record), cells: record.map(withoutControlCharacters) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
  const [header, ...rest] = records
  if (!header) throw new AppFailure('INVALID_INPUT', 'The file is empty')
  // Only Coachbook's own calls CSV carries its formula guard; any other file's apostrophes are its text.
  const rows = isCoachbookCallsCsv(header.cells) ? rest.map((row) => ({ ...row, cells: row.cells.map(unguardCell) })) : rest
  return { headers: uniqueHeaders(header.cells), delimiter, rows }
}

/** Blank headers become "Column N" and repeated ones "Name (2)", so every column can be named. */
function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>()
  return cells.map((cell, index) => {
    const base = cell.trim() === '' ? `Column ${index + 1}` : cell.trim()
    const key = base.toLowerCase()
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count === 1 ? base : `${base} (${count})`
  })
}

function describeCsvError(error: unknown): string {
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: unknown }).lines
    const where = typeof line === 'number' ? ` (line ${line})` : ''
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return `The file is not valid CSV: a quoted cell is never closed${where}. Check for a stray double quote.`
    }
    return `The file is not valid CSV${where}: ${error.message}`
  }
  return `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`
}
