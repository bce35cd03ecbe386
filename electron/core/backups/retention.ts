import { localToday } from '../../../shared/dates'
import { isoWeekKey, monthKey } from '../../../shared/isoWeek'

/**
 * Which backups to keep, as most backup tools do it (restic's keep-daily/weekly/monthly): the
 * newest copy of each of the last 7 days that have one, of the last 4 ISO weeks and of the last
 * 12 months — plus every copy of the last 24 hours, up to 10, so that an import or a restore made
 * this morning can still be undone this afternoon. Days, weeks and months are the local calendar's.
 * So there are never more than 10 + 7 + 4 + 12 = 33 copies, and usually far fewer.
 */
export type RetentionPolicy = { recentHours: number; recentMax: number; daily: number; weekly: number; monthly: number }

export const RETENTION: RetentionPolicy = { recentHours: 24, recentMax: 10, daily: 7, weekly: 4, monthly: 12 }

export type Dated = { name: string; takenAt: string }

export function backupsToKeep(backups: readonly Dated[], now: Date, policy: RetentionPolicy = RETENTION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name))
  const keep = new Set<string>()
  const since = now.getTime() - policy.recentHours * 3_600_000
  newestFirst
    .filter((backup) => Date.parse(backup.takenAt) >= since)
    .slice(0, policy.recentMax)
    .forEach((backup) => keep.add(backup.name))

  const newestPerBucket = (bucketOf: (day: string) => string, count: number) => {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      if (seen.size === count) break
      const bucket = bucketOf(localToday(new Date(backup.takenAt)))
      if (seen.has(bucket)) continue
      seen.add(bucket)
      keep.add(backup.name)
    }
  }
  newestPerBucket((day) => day, policy.daily)
  newestPerBucket(isoWeekKey, policy.weekly)
  newestPerBucket(monthKey, policy.monthly)
  return keep
}
