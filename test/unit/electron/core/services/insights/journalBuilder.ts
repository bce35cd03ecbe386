import type { Role, SessionKind, Stakes } from '../../../../../../shared/domain'
import type { JournalFileInput } from '../../../../../../shared/journalFile'

/**
 * Hand-built journals for the metrics tests, in the journal file format (DOMAIN.md), imported
 * through the core like any file. Only what the metrics read is spelled out.
 */
export type CallSpec = {
  id: string
  rep: string
  date: string
  cancelled?: boolean
  dealValue?: number | null
  stakes?: Stakes | null
  planned?: Role
  actual?: Role
  asks?: number | null
  tells?: number | null
  /** The pre-brief's predicted takeover chance (0–100); needs `planned`. */
  takeover?: number | null
}
export type SessionSpec = { id: string; rep: string; date: string; kind: SessionKind; asks?: number; tells?: number }
export type RepSpec = { id: string; name: string; archived?: boolean }

export function journalText(spec: {
  threshold: number | null
  reps: RepSpec[]
  calls: CallSpec[]
  sessions?: SessionSpec[]
}): string {
  const file: JournalFileInput = {
    format: 'coachbook',
    version: 1,
    settings: { interstateThreshold: spec.threshold, currency: 'USD' },
    reps: spec.reps.map((r) => ({ id: r.id, name: r.name, archived: r.archived ?? false })),
    calls: spec.calls.map((c) => ({
      id: c.id,
      repId: c.rep,
      date: c.date,
      dealValue: c.dealValue ?? null,
      stakes: c.stakes ?? null,
      cancelled: c.cancelled ?? false,
      prebrief: c.planned ? { plannedRole: c.planned, takeoverRisk: c.takeover ?? null } : null,
      debrief: c.actual ? { actualRole: c.actual, asks: c.asks ?? null, tells: c.tells ?? null } : null,
    })),
    sessions: (spec.sessions ?? []).map((s) => ({ id: s.id, repId: s.rep, date: s.date, kind: s.kind, asks: s.asks ?? null, tells: s.tells ?? null })),
  }
  return JSON.stringify(file)
}
