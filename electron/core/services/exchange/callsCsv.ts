import { localToday } from '../../../../shared/dates'
import { RESCUE_ROLE } from '../../../../shared/domain'
import type { ExportedFile } from '../../../../shared/exchange'
import { effectiveStakes } from '../../../../shared/stakes'
import type { CoreContext } from '../../context'
import { createCallsCsvRows, type CallsCsvRow } from '../../db/callsCsvRows'
import { requireRep } from '../reps'
import { CALLS_CSV_COLUMNS, type CallsCsvColumn } from './callsCsvColumns'
import { writeCsv, type CsvCell } from './csvWrite'

/**
 * The calls CSV (docs/csv-columns.md): one row per call, cancelled ones included, oldest first.
 * Enum cells hold the stable keys, not labels, so the file reads back the same in any language.
 * This file is for sharing: its rows are read from the briefs' shareable fields only
 * (shared/privacy.ts, db/callsCsvRows.ts), so no column can hold a private one.
 */
type Row = CallsCsvRow & { currency: string; threshold: number | null }

/** What each column holds, by name; the names and their order are ./callsCsvColumns.ts. */
const COLUMNS: Record<CallsCsvColumn, (row: Row) => CsvCell> = {
  date: ({ call }) => call.date,
  time: ({ call }) => call.time,
  rep: ({ rep }) => rep.name,
  account: ({ call }) => call.account,
  opportunity: ({ call }) => call.opportunity,
  deal_value: ({ call }) => call.dealValue,
  currency: ({ currency }) => currency,
  stage: ({ call }) => call.stage,
  stakes: ({ call, threshold }) => effectiveStakes(call, threshold),
  stakes_source: ({ call }) => (call.stakes === null ? 'derived' : 'explicit'),
  cancelled: ({ call }) => call.cancelled,
  planned_role: ({ prebrief }) => prebrief?.plannedRole,
  purpose: ({ prebrief }) => prebrief?.purpose,
  intervention_rule: ({ prebrief }) => prebrief?.interventionRule,
  actual_role: ({ debrief }) => debrief?.actualRole,
  outcome: ({ debrief }) => debrief?.outcome,
  rescue: ({ debrief }) => (debrief ? debrief.actualRole === RESCUE_ROLE : null),
  asks: ({ debrief }) => debrief?.asks,
  tells: ({ debrief }) => debrief?.tells,
  root_cause: ({ debrief }) => debrief?.rootCause,
  lesson: ({ debrief }) => debrief?.lesson,
  skill_to_drill: ({ debrief }) => debrief?.skillToDrill,
  drill_type: ({ debrief }) => debrief?.drillType,
  drill_reps: ({ debrief }) => debrief?.drillReps,
  rep_self_assessment: ({ debriefText }) => orNull(debriefText?.repSelfAssessment),
  shared_notes: ({ debriefText }) => orNull(debriefText?.notes),
  call_id: ({ call }) => call.id,
  rep_id: ({ rep }) => rep.id,
}

export { CALLS_CSV_COLUMNS }

const orNull = (text: string | undefined): string | null => (text === undefined || text === '' ? null : text)

export type CallsCsvQuery = { from?: string | undefined; to?: string | undefined; repId?: string | undefined }

export function callsCsv(ctx: CoreContext, query: CallsCsvQuery = {}, today: string = localToday()): ExportedFile {
  const rows = ctx.db.transaction((): Row[] => {
    if (query.repId !== undefined) requireRep(ctx, query.repId)
    const { currency, interstateThreshold: threshold } = ctx.repos.settings.get()
    const read = createCallsCsvRows(ctx.db)
    return read({ from: query.from ?? null, to: query.to ?? null, repId: query.repId ?? null }).map((row) => ({ ...row, currency, threshold }))
  })()
  const text = writeCsv(
    CALLS_CSV_COLUMNS,
    rows.map((row) => CALLS_CSV_COLUMNS.map((column) => COLUMNS[column](row))),
  )
  const period =
    query.from !== undefined || query.to !== undefined ? `${query.from ?? 'start'}-to-${query.to ?? 'end'}` : today
  return { filename: `coachbook-calls-${period}.csv`, text }
}
