/**
 * The calls CSV's columns, in order (docs/csv-columns.md). Apart from the export that fills them
 * (./callsCsv.ts), so the CSV reader can recognise Coachbook's own file without the journal code.
 * Only shareable fields have a column (shared/privacy.ts); a file from before private fields were
 * left out holds more columns, and is still recognised.
 */
export const CALLS_CSV_COLUMNS = [
  'date',
  'time',
  'rep',
  'account',
  'opportunity',
  'deal_value',
  'currency',
  'stage',
  'stakes',
  'stakes_source',
  'cancelled',
  'planned_role',
  'purpose',
  'intervention_rule',
  'actual_role',
  'outcome',
  'rescue',
  'asks',
  'tells',
  'root_cause',
  'lesson',
  'skill_to_drill',
  'drill_type',
  'drill_reps',
  'rep_self_assessment',
  'shared_notes',
  'call_id',
  'rep_id',
] as const
export type CallsCsvColumn = (typeof CALLS_CSV_COLUMNS)[number]

/** A header row holding every column of Coachbook's calls CSV (in any order, among others): a file Coachbook wrote. */
export function isCoachbookCallsCsv(headers: readonly string[]): boolean {
  const present = new Set(headers.map((header) => header.trim()))
  return CALLS_CSV_COLUMNS.every((column) => present.has(column))
}
