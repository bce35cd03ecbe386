/**
 * Import and export: the journal file (format v1), the calls and metrics CSVs, and the CSV and
 * iCalendar imports. docs/journal-format.md, docs/csv-columns.md and docs/imports.md describe them.
 */
export { exportJournal, exportJournalFile, importJournal, journalHandlers, previewImport } from './journal'
export { readJournalFile } from './journalRead'
export { exportsHandlers, importsHandlers } from './handlers'
export { callsCsv, CALLS_CSV_COLUMNS } from './callsCsv'
export { metricsCsv } from './metricsCsv'
