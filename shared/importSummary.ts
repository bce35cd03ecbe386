import type { ImportCounts, ImportKind, ImportPreview } from './contract'

/** Plain-text summaries shared by the CLI and the desktop menu's dialogs. */
const KINDS: readonly (readonly [ImportKind, string])[] = [
  ['reps', 'Reps'],
  ['calls', 'Calls'],
  ['prebriefs', 'Pre-briefs'],
  ['debriefs', 'Debriefs'],
  ['sessions', 'Coaching sessions'],
  ['skills', 'Skill decisions'],
]

function counts(c: ImportCounts, tookFileVersions: boolean): string {
  const newer = c.newerInJournal > 0 ? `, ${c.newerInJournal} newer in the journal (${tookFileVersions ? 'replaced by the file' : 'kept'})` : ''
  return `${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged${newer}`
}

/** The total of records the journal holds in a newer version than the file's. */
export function newerInJournal(summary: ImportPreview): number {
  return KINDS.reduce((sum, [key]) => sum + summary[key].newerInJournal, 0)
}

/**
 * One line per kind of record, then what else the import did. A preview (no `tookFileVersions`)
 * reads as what the import will do by default: newer records kept.
 */
export function formatImportCounts(summary: ImportPreview & { tookFileVersions?: boolean }): string[] {
  const took = summary.tookFileVersions === true
  const width = Math.max(...KINDS.map(([, label]) => label.length))
  // Files from before skill decisions existed carry none: their line would only be noise.
  const shown = KINDS.filter(([key]) => key !== 'skills' || Object.values(summary[key]).some((n) => n > 0))
  const lines = shown.map(([key, label]) => `${label.padEnd(width)}  ${counts(summary[key], took)}`)
  if (summary.takesSettings) lines.push('Settings taken from the file (the journal was empty)')
  const newer = newerInJournal(summary)
  if (newer > 0 && !took) {
    lines.push(
      `${newer === 1 ? '1 record was' : `${newer} records were`} changed in the journal after the file's version, so the journal keeps ${newer === 1 ? 'it' : 'them'}.`,
    )
  }
  return lines
}
