import type Database from 'better-sqlite3-multiple-ciphers'
import type { DrillType, Outcome, Purpose, Role, RootCause, Stage, Stakes } from '../../../../shared/domain'
import type { DebriefSheet } from '../../../../shared/print'
import { effectiveStakes } from '../../../../shared/stakes'
import { readRichText } from '../../db/columns'
import type { CoreContext } from '../../context'
import { noCall } from '../failures'

/**
 * One call's debrief sheet. The statement names every column it reads and the private-notes
 * columns are not among them: the sheet cannot leak what it never loads.
 */
type SheetRow = {
  id: string
  call_date: string
  call_time: string | null
  account: string | null
  opportunity: string | null
  deal_value: number | null
  stage: Stage | null
  stakes: Stakes | null
  cancelled: number
  rep_id: string
  rep_name: string
  rep_title: string | null
  planned_role: Role | null
  purpose: Purpose | null
  objective: string | null
  next_step: string | null
  intervention_rule: string | null
  skill_focus: string | null
  actual_role: Role | null
  outcome: Outcome | null
  rep_self_assessment_json: string | null
  rep_self_assessment_text: string | null
  root_cause: RootCause | null
  root_cause_note: string | null
  lesson: string | null
  skill_to_drill: string | null
  drill_type: DrillType | null
  drill_reps: number | null
  notes_json: string | null
  notes_text: string | null
}

const SHEET_SQL = `SELECT c.id, c.call_date, c.call_time, c.account, c.opportunity, c.deal_value, c.stage, c.stakes, c.cancelled,
    r.id AS rep_id, r.name AS rep_name, r.title AS rep_title,
    p.planned_role, p.purpose, p.objective, p.next_step, p.intervention_rule, p.skill_focus,
    d.actual_role, d.outcome, d.rep_self_assessment_json, d.rep_self_assessment_text, d.root_cause, d.root_cause_note, d.lesson,
    d.skill_to_drill, d.drill_type, d.drill_reps, d.notes_json, d.notes_text
  FROM calls c
  JOIN reps r ON r.id = c.rep_id
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id
  WHERE c.id = ?`

export function createDebriefSheetReader(db: Database.Database) {
  const statement = db.prepare<[string], SheetRow>(SHEET_SQL)
  return (ctx: CoreContext, callId: string): DebriefSheet => {
    const row = statement.get(callId)
    if (!row) throw noCall(callId)
    const { currency, paperSize, interstateThreshold } = ctx.repos.settings.get()
    return {
      paperSize,
      currency,
      call: {
        id: row.id,
        date: row.call_date,
        time: row.call_time,
        account: row.account,
        opportunity: row.opportunity,
        dealValue: row.deal_value,
        stage: row.stage,
        stakes: effectiveStakes({ stakes: row.stakes, dealValue: row.deal_value }, interstateThreshold),
        cancelled: row.cancelled === 1,
      },
      rep: { id: row.rep_id, name: row.rep_name, title: row.rep_title },
      // planned_role / actual_role are NOT NULL in their tables: null here means no brief.
      plan:
        row.planned_role === null
          ? null
          : {
              plannedRole: row.planned_role,
              purpose: row.purpose,
              objective: row.objective,
              nextStep: row.next_step,
              interventionRule: row.intervention_rule,
              skillFocus: row.skill_focus,
            },
      debrief:
        row.actual_role === null
          ? null
          : {
              actualRole: row.actual_role,
              outcome: row.outcome,
              repSelfAssessment: readRichText(row.rep_self_assessment_json, row.rep_self_assessment_text ?? ''),
              rootCause: row.root_cause,
              rootCauseNote: row.root_cause_note,
              lesson: row.lesson,
              skillToDrill: row.skill_to_drill,
              drillType: row.drill_type,
              drillReps: row.drill_reps,
              notes: readRichText(row.notes_json, row.notes_text ?? ''),
            },
    }
  }
}
