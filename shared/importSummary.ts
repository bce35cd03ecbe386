import type { ImportCounts, ImportSummary } from './contract'

/** Plain-text summaries shared by the CLI and the desktop menu's dialogs. */
const KINDS = [
  ['reps', 'Reps'],
  ['calls', 'Calls'],
  ['sessions', 'Coaching sessions'],
] as const

function counts(c: ImportCounts): string {
  return `${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`
}

export function formatImportCounts(summary: ImportSummary): string[] {
  const width = Math.max(...KINDS.map(([, label]) => label.length))
  const lines = KINDS.map(([key, label]) => `${label.padEnd(width)}  ${counts(summary[key])}`)
  if (summary.takesSettings) lines.push('Settings taken from the file (the journal was empty)')
  return lines
}
