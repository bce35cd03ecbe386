import type Database from 'better-sqlite3-multiple-ciphers'
import { debriefCounts } from '../../../../shared/callTiming'
import type { LostDealLesson } from '../../../../shared/coaching'
import { localToday } from '../../../../shared/dates'
import type { Outcome, Role, SessionKind } from '../../../../shared/domain'
import { REP_SHEET_MAX_ROWS, type RepSheet, type RepSheetSession } from '../../../../shared/print'
import { requirePeriod } from '../../../../shared/period'
import { defaultRepSheetPeriod } from '../../../../shared/printPeriod'
import { effectiveStakes } from '../../../../shared/stakes'
import { callFromRow } from '../../db/calls'
import type { CoreContext } from '../../context'
import type { InsightsService } from '../insights'
import { openSkillsOfRep } from '../overview/openSkills'
import type { RepOverviewQueries } from '../overview/repOverviewQueries'
import { requireRep } from '../reps'

/**
 * A rep's one-on-one sheet: the period's calls and sessions, what is still open to drill, what
 * lost deals taught, and the monthly trend. Sessions are listed without their notes and calls
 * without any brief text: the sheet is a prompt for the conversation, not the journal itself.
 */
type Window = { repId: string; from: string; to: string; limit: number }
type CallRow = Parameters<typeof callFromRow>[0] & { planned_role: Role | null; actual_role: Role | null; outcome: Outcome | null }
type SessionRow = { id: string; session_date: string; kind: SessionKind; skill: string | null; minutes: number | null }
type LessonRow = { call_id: string; call_date: string; account: string | null; opportunity: string | null; lesson: string }

const IN_PERIOD = 'c.rep_id = @repId AND c.cancelled = 0 AND c.call_date BETWEEN @from AND @to'

export function createRepSheetReader(db: Database.Database, insights: InsightsService, overview: RepOverviewQueries) {
  const calls = db.prepare<Window, CallRow>(
    `SELECT c.id, c.rep_id, c.call_date, c.call_time, c.account, c.opportunity, c.deal_value, c.stage, c.stakes,
       c.cancelled, p.planned_role, d.actual_role, d.outcome
     FROM calls c LEFT JOIN prebriefs p ON p.call_id = c.id LEFT JOIN debriefs d ON d.call_id = c.id
     WHERE ${IN_PERIOD}
     ORDER BY c.call_date DESC, c.call_time DESC NULLS LAST, c.created_at DESC, c.id DESC LIMIT @limit`,
  )
  const callCount = db.prepare<Omit<Window, 'limit'>, { n: number }>(`SELECT COUNT(*) AS n FROM calls c WHERE ${IN_PERIOD}`)
  const sessions = db.prepare<Window, SessionRow>(
    `SELECT id, session_date, kind, skill, minutes FROM coaching_sessions
     WHERE rep_id = @repId AND session_date BETWEEN @from AND @to
     ORDER BY session_date DESC, created_at DESC, id DESC LIMIT @limit`,
  )
  const sessionCount = db.prepare<Omit<Window, 'limit'>, { n: number }>(
    'SELECT COUNT(*) AS n FROM coaching_sessions WHERE rep_id = @repId AND session_date BETWEEN @from AND @to',
  )
  // Debriefs count from their call's day (shared/callTiming.ts): a lesson only from a held call.
  const lessons = db.prepare<Window & { today: string }, LessonRow>(
    `SELECT c.id AS call_id, c.call_date, c.account, c.opportunity, d.lesson
     FROM calls c JOIN debriefs d ON d.call_id = c.id
     WHERE ${IN_PERIOD} AND c.call_date <= @today AND d.outcome = 'lost' AND trim(ifnull(d.lesson, '')) <> ''
     ORDER BY c.call_date DESC, c.call_time DESC NULLS LAST, c.id DESC LIMIT @limit`,
  )

  return (ctx: CoreContext, input: { repId: string; from?: string | undefined; to?: string | undefined; today?: string | undefined }): RepSheet =>
    ctx.db.transaction((): RepSheet => {
      const rep = requireRep(ctx, input.repId)
      const today = input.today ?? localToday(new Date(ctx.now()))
      const fallback = defaultRepSheetPeriod(today)
      const period = { from: input.from ?? fallback.from, to: input.to ?? fallback.to }
      if (period.from > period.to) period.from = period.to
      // A day given alone is completed from today: the whole period must still be one a person asks for.
      requirePeriod(period)
      const { currency, paperSize, interstateThreshold } = ctx.repos.settings.get()
      const window = { repId: rep.id, ...period, limit: REP_SHEET_MAX_ROWS }
      const metrics = insights.metrics({ ...period, repId: rep.id, asOf: today })
      return {
        paperSize,
        currency,
        rep,
        period,
        calls: calls.all(window).map((row) => {
          const call = callFromRow(row)
          // A call after today is coming up, whatever an imported debrief says (shared/callTiming.ts).
          const counted = debriefCounts(call.date, today)
          return {
            id: call.id,
            date: call.date,
            time: call.time,
            account: call.account,
            opportunity: call.opportunity,
            dealValue: call.dealValue,
            stage: call.stage,
            stakes: effectiveStakes(call, interstateThreshold),
            cancelled: call.cancelled,
            plannedRole: row.planned_role,
            actualRole: counted ? row.actual_role : null,
            outcome: counted ? row.outcome : null,
          }
        }),
        callsTotal: callCount.get({ repId: rep.id, ...period })?.n ?? 0,
        openSkills: openSkillsOfRep(overview, ctx.repos, rep.id, today),
        lostDealLessons: lessons.all({ ...window, today }).map(
          (row): LostDealLesson => ({
            callId: row.call_id,
            date: row.call_date,
            account: row.account,
            opportunity: row.opportunity,
            lesson: row.lesson,
          }),
        ),
        sessions: sessions.all(window).map(
          (row): RepSheetSession => ({ id: row.id, date: row.session_date, kind: row.kind, skill: row.skill, minutes: row.minutes }),
        ),
        sessionsTotal: sessionCount.get({ repId: rep.id, ...period })?.n ?? 0,
        totals: metrics.totals,
        trend: metrics.byMonth.map((month) => ({
          month: month.period,
          debriefed: month.debriefed,
          rescues: month.rescues,
          rescueRate: month.rescueRate,
          askShare: month.askShare,
        })),
      }
    })()
}
