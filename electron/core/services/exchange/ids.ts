import { createHash } from 'node:crypto'
import { nameKey } from './csvValues'

/**
 * Imported calls get ids derived from what identifies them in the source, so importing the same
 * file again finds them already there and adds nothing (docs/imports.md, "Idempotency").
 */
const digest = (parts: readonly string[]) => createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32)

/** A CSV row: its rep, day, time, account and opportunity (names and text compared without case). */
export function csvCallId(row: {
  repName: string
  date: string
  time: string | null
  account: string | null
  opportunity: string | null
}): string {
  return `csv-${digest(['csv', nameKey(row.repName), row.date, row.time ?? '', nameKey(row.account ?? ''), nameKey(row.opportunity ?? '')])}`
}

/** A calendar event: its UID and, for one occurrence of a recurring event, the occurrence. */
export function icsCallId(uid: string, recurrenceId: string | null): string {
  return `ics-${digest(['ics', uid, recurrenceId ?? ''])}`
}
