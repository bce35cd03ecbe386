/**
 * The instant written as a record's `updatedAt` when it changes: now, or one millisecond after
 * the record's previous version when the clock has not moved past it (two saves within one
 * millisecond, or a clock set back). So a record's versions are strictly ordered, and an editor
 * can tell a newer copy from an older one by this field alone (docs/conflicts.md).
 */
export function nextStamp(now: string, previous: string | null | undefined): string {
  if (previous === null || previous === undefined) return now
  const before = Date.parse(previous)
  if (Number.isNaN(before) || Date.parse(now) > before) return now
  return new Date(before + 1).toISOString()
}
