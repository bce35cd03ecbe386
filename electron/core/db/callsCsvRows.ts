import type Database from 'better-sqlite3-multiple-ciphers'
import type { Call, Debrief, Prebrief, Rep } from '../../../shared/entities'
import type { Shareable } from '../../../shared/privacy'
import { callFromRow, type CallRow } from './calls'

/**
 * The calls CSV's rows in one statement: each call with its rep's name and the few brief columns
 * the CSV has, the debrief's documents as their stored plain text. Reading every call, pre-brief
 * and debrief whole (documents and private fields included) and picking the columns afterwards
 * was most of the export's time (docs/performance.md). Only shareable fields are selected
 * (shared/privacy.ts): the row types below cannot name a private one.
 */
export type CallsCsvPrebrief = Pick<Shareable<Prebrief, 'prebrief'>, 'plannedRole' | 'purpose' | 'interventionRule'>
export type CallsCsvDebrief = Pick<
  Shareable<Debrief, 'debrief'>,
  'actualRole' | 'outcome' | 'asks' | 'tells' | 'rootCause' | 'lesson' | 'skillToDrill' | 'drillType' | 'drillReps'
>
export type CallsCsvRow = {
  call: Call
  rep: Pick<Rep, 'id' | 'name'>
  prebrief: CallsCsvPrebrief | null
  debrief: CallsCsvDebrief | null
  /** The plain text of the debrief's shareable documents, as stored beside them. */
  debriefText: { repSelfAssessment: string; notes: string } | null
}

type Row = CallRow & {
  rep_name: string | null
  has_prebrief: number
  planned_role: Prebrief['plannedRole'] | null
  purpose: Prebrief['purpose']
  intervention_rule: string | null
  has_debrief: number
  actual_role: Debrief['actualRole'] | null
  outcome: Debrief['outcome']
  asks: number | null
  tells: number | null
  root_cause: Debrief['rootCause']
  lesson: string | null
  skill_to_drill: string | null
  drill_type: Debrief['drillType']
  drill_reps: number | null
  rep_self_assessment_text: string | null
  notes_text: string | null
}

export type CallsCsvFilter = { from: string | null; to: string | null; repId: string | null }

export function createCallsCsvRows(db: Database.Database): (filter: CallsCsvFilter) => CallsCsvRow[] {
  // Oldest first, as calls.all() orders them; the rep joined loosely so a damaged journal is named, not hidden.
  const rows = db.prepare<[CallsCsvFilter], Row>(
    `SELECT c.id, c.rep_id, c.call_date, c.call_time, c.account, c.opportunity, c.deal_value, c.stage, c.stakes, c.cancelled,
       r.name AS rep_name,
       p.call_id IS NOT NULL AS has_prebrief, p.planned_role, p.purpose, p.intervention_rule,
       d.call_id IS NOT NULL AS has_debrief, d.actual_role, d.outcome, d.asks, d.tells, d.root_cause, d.lesson,
       d.skill_to_drill, d.drill_type, d.drill_reps, d.rep_self_assessment_text, d.notes_text
     FROM calls c
     LEFT JOIN reps r ON r.id = c.rep_id
     LEFT JOIN prebriefs p ON p.call_id = c.id
     LEFT JOIN debriefs d ON d.call_id = c.id
     WHERE (@from IS NULL OR c.call_date >= @from) AND (@to IS NULL OR c.call_date <= @to) AND (@repId IS NULL OR c.rep_id = @repId)
     ORDER BY c.call_date, c.call_time NULLS FIRST, c.id`,
  )
  return (filter) =>
    rows.all(filter).map((row): CallsCsvRow => {
      // Foreign keys make this impossible; say so plainly if the database was damaged anyway.
      if (row.rep_name === null) throw new Error(`Call ${row.id} names a rep (${row.rep_id}) the journal does not have; run "coachbook check"`)
      return {
        call: callFromRow(row),
        rep: { id: row.rep_id, name: row.rep_name },
        prebrief:
          row.has_prebrief && row.planned_role !== null
            ? { plannedRole: row.planned_role, purpose: row.purpose, interventionRule: row.intervention_rule }
            : null,
        debrief:
          row.has_debrief && row.actual_role !== null
            ? {
                actualRole: row.actual_role,
                outcome: row.outcome,
                asks: row.asks,
                tells: row.tells,
                rootCause: row.root_cause,
                lesson: row.lesson,
                skillToDrill: row.skill_to_drill,
                drillType: row.drill_type,
                drillReps: row.drill_reps,
              }
            : null,
        debriefText: row.has_debrief ? { repSelfAssessment: row.rep_self_assessment_text ?? '', notes: row.notes_text ?? '' } : null,
      }
    })
}
