import type { BackupKind, RecordCounts, SalvageSummary } from './backups'

/** How backups read, in the app and in the terminal alike. */
const n = (value: number, one: string, many: string) => `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`

/** Why a copy was taken, as the list of backups says it. */
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Taken by hand',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an upgrade',
}

export function formatRecordCounts(counts: RecordCounts | null): string {
  if (!counts) return 'unreadable'
  return `${n(counts.reps, 'rep', 'reps')}, ${n(counts.calls, 'call', 'calls')}, ${n(counts.sessions, 'session', 'sessions')}`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** What a salvage did, in sentences: the recovery screen and `coachbook salvage` say the same. */
export function formatSalvage(summary: SalvageSummary): string[] {
  const { saved } = summary
  const lines = [
    `Saved ${n(saved.reps, 'rep', 'reps')}, ${n(saved.calls, 'call', 'calls')} (${n(saved.prebriefs, 'pre-brief', 'pre-briefs')}, ` +
      `${n(saved.debriefs, 'debrief', 'debriefs')}) and ${n(saved.sessions, 'coaching session', 'coaching sessions')} into a new journal.`,
  ]
  if (summary.lostRows > 0) {
    lines.push(`${n(summary.lostRows, 'record was', 'records were')} read but not valid any more, and left out.`)
  }
  if (summary.damagedAreas > 0) {
    lines.push(
      `${summary.damagedAreas === 1 ? 'One part' : `${summary.damagedAreas} parts`} of the file could not be read at all: what ${summary.damagedAreas === 1 ? 'it' : 'they'} held is lost.`,
    )
  }
  if (summary.lostRows === 0 && summary.damagedAreas === 0) lines.push('Nothing that could be found was lost.')
  if (summary.placeholderReps > 0) {
    lines.push(
      `${n(summary.placeholderReps, 'rep was', 'reps were')} missing while their calls or sessions survived: ${summary.placeholderReps === 1 ? 'it is' : 'they are'} back as "Recovered rep …"; rename ${summary.placeholderReps === 1 ? 'it' : 'them'}.`,
    )
  }
  lines.push(`The damaged journal is kept, byte for byte, in ${summary.damagedCopy}.`)
  return lines
}
