/**
 * The formula guard of Coachbook's CSV files (docs/csv-columns.md), written so it can be undone
 * exactly. A spreadsheet runs a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * as a formula, so the export puts an apostrophe before it. It does so also when the text already
 * starts with apostrophes before such a character: `'=x` is written `''=x`. Reading Coachbook's
 * own file back, one leading apostrophe before such a start is always the guard, and taking it
 * off gives the text exactly as it was (`''=x` → `'=x`, `'=x` → `=x`).
 *
 * Another program's file carries no guard of ours: what it holds is kept as it is, apostrophe
 * included (docs/imports.md).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/
const GUARDED = /^'+[=+\-@\t\r]/

/** The cell as the export writes it. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** The text a guarded cell of Coachbook's own export stood for. */
export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value
}
