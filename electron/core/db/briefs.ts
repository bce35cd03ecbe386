import type Database from 'better-sqlite3-multiple-ciphers'
import type {
  DrillType,
  Outcome,
  Purpose,
  RescueFear,
  RescueInitiator,
  Role,
  RootCause,
} from '../../../shared/domain'
import type { Debrief, Leads, Prebrief } from '../../../shared/entities'
import { IN_JSON_LIST, fromBool, fromJson, jsonList, readRichText, richTextColumns, toBool, toJson, type JsonColumnReader } from './columns'

/** Pre-briefs and debriefs: at most one of each per call, keyed by the call's id. */

type PrebriefRow = {
  call_id: string
  planned_role: Role
  purpose: Purpose | null
  objective: string | null
  next_step: string | null
  leads_json: string | null
  questions_json: string
  intervention_rule: string | null
  takeover_risk: number | null
  skill_focus: string | null
  notes_json: string | null
  notes_text: string
  updated_at: string | null
}

type DebriefRow = {
  call_id: string
  actual_role: Role
  outcome: Outcome | null
  rescue_initiator: RescueInitiator | null
  rescue_fear: RescueFear | null
  asks: number | null
  tells: number | null
  rep_self_assessment_json: string | null
  rep_self_assessment_text: string
  root_cause: RootCause | null
  root_cause_note: string | null
  lesson: string | null
  skill_observed: number | null
  skill_to_drill: string | null
  drill_type: DrillType | null
  drill_reps: number | null
  notes_json: string | null
  notes_text: string
  private_notes_json: string | null
  private_notes_text: string
  completed_at: string | null
  updated_at: string | null
}

/** Each rich-text column with the plain text it reads with (./columns.ts `readRichText`). */
const PREBRIEF_COLUMNS =
  'call_id, planned_role, purpose, objective, next_step, leads_json, questions_json, intervention_rule, takeover_risk, skill_focus, notes_json, notes_text, updated_at'
const DEBRIEF_COLUMNS =
  'call_id, actual_role, outcome, rescue_initiator, rescue_fear, asks, tells, rep_self_assessment_json, rep_self_assessment_text, root_cause, root_cause_note, lesson, skill_observed, skill_to_drill, drill_type, drill_reps, notes_json, notes_text, private_notes_json, private_notes_text, completed_at, updated_at'

export function prebriefFromRow(row: PrebriefRow, json: JsonColumnReader = fromJson): Prebrief {
  return {
    plannedRole: row.planned_role,
    purpose: row.purpose,
    objective: row.objective,
    nextStep: row.next_step,
    leads: json<Leads>(row.leads_json),
    questions: json<string[]>(row.questions_json) ?? [],
    interventionRule: row.intervention_rule,
    takeoverRisk: row.takeover_risk,
    skillFocus: row.skill_focus,
    notes: readRichText(row.notes_json, row.notes_text, json),
    updatedAt: row.updated_at,
  }
}

export function debriefFromRow(row: DebriefRow, json: JsonColumnReader = fromJson): Debrief {
  return {
    actualRole: row.actual_role,
    outcome: row.outcome,
    rescueInitiator: row.rescue_initiator,
    rescueFear: row.rescue_fear,
    asks: row.asks,
    tells: row.tells,
    repSelfAssessment: readRichText(row.rep_self_assessment_json, row.rep_self_assessment_text, json),
    rootCause: row.root_cause,
    rootCauseNote: row.root_cause_note,
    lesson: row.lesson,
    skillObserved: row.skill_observed === null ? null : toBool(row.skill_observed),
    skillToDrill: row.skill_to_drill,
    drillType: row.drill_type,
    drillReps: row.drill_reps,
    notes: readRichText(row.notes_json, row.notes_text, json),
    privateNotes: readRichText(row.private_notes_json, row.private_notes_text, json),
    completedAt: row.completed_at,
    updatedAt: row.updated_at,
  }
}

export function createBriefsRepository(db: Database.Database) {
  const prebriefById = db.prepare<[string], PrebriefRow>(`SELECT ${PREBRIEF_COLUMNS} FROM prebriefs WHERE call_id = ?`)
  const allPrebriefs = db.prepare<[], PrebriefRow>(`SELECT ${PREBRIEF_COLUMNS} FROM prebriefs`)
  const manyPrebriefs = db.prepare<[string], PrebriefRow>(`SELECT ${PREBRIEF_COLUMNS} FROM prebriefs WHERE call_id IN ${IN_JSON_LIST}`)
  const INSERT_PREBRIEF = `INSERT INTO prebriefs (call_id, planned_role, purpose, objective, next_step, leads_json, questions_json,
       intervention_rule, takeover_risk, skill_focus, notes_json, notes_text, updated_at)
     VALUES (@callId, @plannedRole, @purpose, @objective, @nextStep, @leadsJson, @questionsJson,
       @interventionRule, @takeoverRisk, @skillFocus, @notesJson, @notesText, @updatedAt)`
  const insertPrebrief = db.prepare(INSERT_PREBRIEF)
  const upsertPrebrief = db.prepare(
    `${INSERT_PREBRIEF}
     ON CONFLICT (call_id) DO UPDATE SET planned_role = excluded.planned_role, purpose = excluded.purpose,
       objective = excluded.objective, next_step = excluded.next_step, leads_json = excluded.leads_json,
       questions_json = excluded.questions_json, intervention_rule = excluded.intervention_rule,
       takeover_risk = excluded.takeover_risk, skill_focus = excluded.skill_focus,
       notes_json = excluded.notes_json, notes_text = excluded.notes_text, updated_at = excluded.updated_at`,
  )
  const removePrebrief = db.prepare<[string]>('DELETE FROM prebriefs WHERE call_id = ?')

  const debriefById = db.prepare<[string], DebriefRow>(`SELECT ${DEBRIEF_COLUMNS} FROM debriefs WHERE call_id = ?`)
  const allDebriefs = db.prepare<[], DebriefRow>(`SELECT ${DEBRIEF_COLUMNS} FROM debriefs`)
  const manyDebriefs = db.prepare<[string], DebriefRow>(`SELECT ${DEBRIEF_COLUMNS} FROM debriefs WHERE call_id IN ${IN_JSON_LIST}`)
  const INSERT_DEBRIEF = `INSERT INTO debriefs (call_id, actual_role, outcome, rescue_initiator, rescue_fear, asks, tells,
       rep_self_assessment_json, rep_self_assessment_text, root_cause, root_cause_note, lesson, skill_observed,
       skill_to_drill, drill_type, drill_reps, notes_json, notes_text, private_notes_json, private_notes_text,
       completed_at, updated_at)
     VALUES (@callId, @actualRole, @outcome, @rescueInitiator, @rescueFear, @asks, @tells,
       @selfJson, @selfText, @rootCause, @rootCauseNote, @lesson, @skillObserved,
       @skillToDrill, @drillType, @drillReps, @notesJson, @notesText, @privateJson, @privateText,
       @completedAt, @at)`
  const insertDebrief = db.prepare(INSERT_DEBRIEF)
  const upsertDebrief = db.prepare(
    `${INSERT_DEBRIEF}
     ON CONFLICT (call_id) DO UPDATE SET actual_role = excluded.actual_role, outcome = excluded.outcome,
       rescue_initiator = excluded.rescue_initiator, rescue_fear = excluded.rescue_fear, asks = excluded.asks,
       tells = excluded.tells, rep_self_assessment_json = excluded.rep_self_assessment_json,
       rep_self_assessment_text = excluded.rep_self_assessment_text, root_cause = excluded.root_cause,
       root_cause_note = excluded.root_cause_note, lesson = excluded.lesson, skill_observed = excluded.skill_observed,
       skill_to_drill = excluded.skill_to_drill, drill_type = excluded.drill_type, drill_reps = excluded.drill_reps,
       notes_json = excluded.notes_json, notes_text = excluded.notes_text,
       private_notes_json = excluded.private_notes_json, private_notes_text = excluded.private_notes_text,
       completed_at = excluded.completed_at, updated_at = excluded.updated_at`,
  )
  const removeDebrief = db.prepare<[string]>('DELETE FROM debriefs WHERE call_id = ?')

  const byCall = <R extends { call_id: string }, T>(rows: R[], map: (row: R) => T) =>
    new Map(rows.map((row) => [row.call_id, map(row)] as const))

  return {
    getPrebrief(callId: string): Prebrief | undefined {
      const row = prebriefById.get(callId)
      return row && prebriefFromRow(row)
    },
    /** Every pre-brief by call id; `json` reads the JSON columns (parsed unless told otherwise). */
    allPrebriefs(json: JsonColumnReader = fromJson): Map<string, Prebrief> {
      return byCall(allPrebriefs.all(), (row) => prebriefFromRow(row, json))
    },
    /** The pre-briefs of these calls, by call id (one statement, however many). */
    prebriefsOf(callIds: Iterable<string>, json: JsonColumnReader = fromJson): Map<string, Prebrief> {
      return byCall(manyPrebriefs.all(jsonList(callIds)), (row) => prebriefFromRow(row, json))
    },
    /**
     * Replaces the call's pre-brief with this one, `updatedAt` included as given. `added`: the
     * call has no pre-brief yet (an import's new record), so it is a plain INSERT. The upsert's DO
     * UPDATE branch would fire the table's UPDATE triggers, so SQLite keeps a statement journal for
     * every upsert inside a transaction — each page the row touches copied first, in a temporary
     * file: about 360,000 writes for a 10,000-call import (docs/performance.md, stop 23). A plain
     * INSERT whose insert triggers are lifted (./insertTriggers.ts) needs none.
     */
    savePrebrief(callId: string, prebrief: Prebrief, added = false): void {
      const notes = richTextColumns(prebrief.notes)
      ;(added ? insertPrebrief : upsertPrebrief).run({
        ...prebrief,
        callId,
        leadsJson: toJson(prebrief.leads),
        questionsJson: JSON.stringify(prebrief.questions),
        notesJson: notes.json,
        notesText: notes.text,
      })
    },
    deletePrebrief(callId: string): boolean {
      return removePrebrief.run(callId).changes > 0
    },

    getDebrief(callId: string): Debrief | undefined {
      const row = debriefById.get(callId)
      return row && debriefFromRow(row)
    },
    /** Every debrief by call id; `json` reads the JSON columns (parsed unless told otherwise). */
    allDebriefs(json: JsonColumnReader = fromJson): Map<string, Debrief> {
      return byCall(allDebriefs.all(), (row) => debriefFromRow(row, json))
    },
    /** The debriefs of these calls, by call id (one statement, however many). */
    debriefsOf(callIds: Iterable<string>, json: JsonColumnReader = fromJson): Map<string, Debrief> {
      return byCall(manyDebriefs.all(jsonList(callIds)), (row) => debriefFromRow(row, json))
    },
    /** Replaces the call's debrief with this one, `completedAt` included as given; `at` is its `updatedAt`; `added` as for `savePrebrief`. */
    saveDebrief(callId: string, debrief: Debrief, at: string, added = false): void {
      const self = richTextColumns(debrief.repSelfAssessment)
      const notes = richTextColumns(debrief.notes)
      const privateNotes = richTextColumns(debrief.privateNotes)
      ;(added ? insertDebrief : upsertDebrief).run({
        ...debrief,
        callId,
        at,
        skillObserved: debrief.skillObserved === null ? null : fromBool(debrief.skillObserved),
        selfJson: self.json,
        selfText: self.text,
        notesJson: notes.json,
        notesText: notes.text,
        privateJson: privateNotes.json,
        privateText: privateNotes.text,
      })
    },
    deleteDebrief(callId: string): boolean {
      return removeDebrief.run(callId).changes > 0
    },
  }
}
export type BriefsRepository = ReturnType<typeof createBriefsRepository>
