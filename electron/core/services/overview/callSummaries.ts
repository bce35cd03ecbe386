import type { Outcome, Role, Stage, Stakes } from '../../../../shared/domain'
import type { CallSummary } from '../../../../shared/entities'
import { effectiveStakes } from '../../../../shared/stakes'
import { callFromRow } from '../../db/calls'

/** The columns of a call as lists show it; every query here selects them the same way. */
export const CALL_SUMMARY_COLUMNS = `c.id, c.rep_id, c.call_date, c.call_time, c.account, c.opportunity, c.deal_value,
  c.stage, c.stakes, c.cancelled, r.name AS rep_name, p.planned_role, d.actual_role, d.outcome`
export const CALL_SUMMARY_FROM = `calls c
  JOIN reps r ON r.id = c.rep_id
  LEFT JOIN prebriefs p ON p.call_id = c.id
  LEFT JOIN debriefs d ON d.call_id = c.id`

export type CallSummaryRow = {
  id: string
  rep_id: string
  call_date: string
  call_time: string | null
  account: string | null
  opportunity: string | null
  deal_value: number | null
  stage: Stage | null
  stakes: Stakes | null
  cancelled: number
  rep_name: string
  planned_role: Role | null
  actual_role: Role | null
  outcome: Outcome | null
}

export function toCallSummary(row: CallSummaryRow, interstateThreshold: number | null): CallSummary {
  const call = callFromRow(row)
  return {
    ...call,
    repName: row.rep_name,
    effectiveStakes: effectiveStakes(call, interstateThreshold),
    plannedRole: row.planned_role,
    actualRole: row.actual_role,
    outcome: row.outcome,
  }
}
