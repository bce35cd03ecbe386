import type Database from 'better-sqlite3-multiple-ciphers'
import type { PaperSize, WeekStart } from '../../../shared/domain'
import type { Settings } from '../../../shared/entities'

/** The journal's one settings row (id = 1, created by the first migration). */
type SettingsRow = { interstate_threshold: number | null; currency: string; paper_size: PaperSize; week_start: WeekStart }

export function createSettingsRepository(db: Database.Database) {
  const read = db.prepare<[], SettingsRow>(
    'SELECT interstate_threshold, currency, paper_size, week_start FROM settings WHERE id = 1',
  )
  const write = db.prepare(
    `INSERT INTO settings (id, interstate_threshold, currency, paper_size, week_start, updated_at)
     VALUES (1, @interstateThreshold, @currency, @paperSize, @weekStart, @at)
     ON CONFLICT (id) DO UPDATE SET interstate_threshold = excluded.interstate_threshold,
       currency = excluded.currency, paper_size = excluded.paper_size, week_start = excluded.week_start,
       updated_at = excluded.updated_at`,
  )
  return {
    get(): Settings {
      const row = read.get()
      if (!row) throw new Error('The settings row is missing; run `coachbook check`')
      return {
        interstateThreshold: row.interstate_threshold,
        currency: row.currency,
        paperSize: row.paper_size,
        weekStart: row.week_start,
      }
    },
    save(settings: Settings, at: string): void {
      write.run({ ...settings, at })
    },
  }
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>
