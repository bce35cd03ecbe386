import type { ActivityItem } from '../../../../shared/coaching'
import { OUTCOME_LABELS, ROLE_LABELS, SESSION_KIND_LABELS } from '../../../../shared/labels'
import type { ActivityRow } from './homeQueries'

/** One line in words for each recent change on the home screen. */
export function toActivityItem(row: ActivityRow): ActivityItem {
  return {
    kind: row.kind,
    at: row.at,
    callId: row.call_id,
    sessionId: row.session_id,
    repId: row.rep_id,
    repName: row.rep_name,
    day: row.day,
    summary: summarise(row),
  }
}

/** "Acme Corp — Fleet renewal", or null when the call has neither. */
function callName(row: ActivityRow): string | null {
  const name = [row.account, row.opportunity].filter((part): part is string => !!part && part.trim() !== '').join(' — ')
  return name || null
}

function summarise(row: ActivityRow): string {
  // The day travels apart (ActivityItem.day): only the screen knows how the manager reads dates.
  const theCall = callName(row) ?? 'a call'
  switch (row.kind) {
    case 'call_created': {
      const name = callName(row)
      return name ? `New call: ${name}` : 'New call'
    }
    case 'prebrief_saved': {
      const role = row.planned_role ? ` — planned as ${ROLE_LABELS[row.planned_role]}` : ''
      return `Pre-brief for ${theCall}${role}`
    }
    case 'debrief_completed': {
      const parts = [row.actual_role && ROLE_LABELS[row.actual_role], row.outcome && OUTCOME_LABELS[row.outcome]]
      const what = parts.filter((part): part is string => !!part).join(', ')
      return `Debrief of ${theCall}${what ? `: ${what}` : ''}`
    }
    case 'session_logged': {
      const kind = row.session_kind ? SESSION_KIND_LABELS[row.session_kind] : 'Coaching session'
      const skill = row.skill ? ` — ${row.skill}` : ''
      const minutes = row.minutes !== null ? `, ${row.minutes} min` : ''
      return `${kind}${skill}${minutes}`
    }
  }
}
