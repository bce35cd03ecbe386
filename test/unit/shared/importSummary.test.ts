import { describe, expect, it } from 'vitest'
import type { ImportCounts, ImportPreview } from '../../../shared/contract'
import { formatImportCounts } from '../../../shared/importSummary'

const c = (added: number, updated: number, unchanged: number, newerInJournal = 0): ImportCounts => ({ added, updated, unchanged, newerInJournal })
const preview: ImportPreview = {
  reps: c(1, 0, 2),
  calls: c(0, 1, 10, 2),
  prebriefs: c(0, 0, 9),
  debriefs: c(0, 0, 7, 1),
  sessions: c(0, 0, 5),
  skills: c(0, 0, 0),
  takesSettings: false,
  writtenBy: 'Coachbook 0.1.0',
  exportedAt: '2026-11-23T10:00:00.000Z',
}

describe('formatImportCounts', () => {
  it('names the records newer in the journal, and says they are kept by default', () => {
    expect(formatImportCounts(preview)).toEqual([
      'Reps               1 added, 0 updated, 2 unchanged',
      'Calls              0 added, 1 updated, 10 unchanged, 2 newer in the journal (kept)',
      'Pre-briefs         0 added, 0 updated, 9 unchanged',
      'Debriefs           0 added, 0 updated, 7 unchanged, 1 newer in the journal (kept)',
      'Coaching sessions  0 added, 0 updated, 5 unchanged',
      "3 records were changed in the journal after the file's version, so the journal keeps them.",
    ])
  })

  it('says the newer records were replaced when the file\'s versions were taken', () => {
    const lines = formatImportCounts({ ...preview, tookFileVersions: true })
    expect(lines[1]).toBe('Calls              0 added, 1 updated, 10 unchanged, 2 newer in the journal (replaced by the file)')
    expect(lines).toHaveLength(5)
  })
})
