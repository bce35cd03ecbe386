import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../../../../electron/core/db/migrations'
import { createChartsService } from '../../../../../../electron/core/services/insights'
import type { Role, Stakes } from '../../../../../../shared/domain'
import { isSidewalkLesson } from '../../../../../../shared/insights'
import { effectiveStakes } from '../../../../../../shared/stakes'
import { invoke, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { journalBeforeMigration } from '../../../../../helpers/migrationJournal'

/**
 * "Lost sidewalk deals that became lessons" (docs/metrics-story.md): the pure rule in
 * shared/insights.ts and `insights.sidewalkLessons`' SQL, on calls that each miss it by one
 * condition. Threshold 100,000; period November 2026, as of the 20th.
 */

type Call = {
  id: string
  repId?: string
  date?: string
  dealValue?: number | null
  stakes?: Stakes | null
  cancelled?: boolean
  actualRole?: Role
  outcome?: string
  lesson?: string | null
}
const LOST_LESSON = { actualRole: 'technical_expert', outcome: 'lost', lesson: 'Find the second decision maker earlier' } as const
const CALLS: Call[] = [
  { id: 'yes', dealValue: 20_000, ...LOST_LESSON },
  { id: 'yesNoValue', ...LOST_LESSON, date: '2026-11-20' }, // no value → sidewalk; on the as-of day itself
  { id: 'yesExplicit', dealValue: 900_000, stakes: 'sidewalk', ...LOST_LESSON }, // explicit stakes win
  { id: 'yesOtherRep', repId: 'r2', dealValue: 1, ...LOST_LESSON },
  { id: 'tookOver', dealValue: 20_000, ...LOST_LESSON, actualRole: 'crutch' },
  { id: 'interstate', dealValue: 100_000, ...LOST_LESSON }, // at the threshold
  { id: 'explicitInterstate', dealValue: 10, stakes: 'interstate', ...LOST_LESSON },
  { id: 'won', dealValue: 20_000, ...LOST_LESSON, outcome: 'won' },
  { id: 'noDecision', dealValue: 20_000, ...LOST_LESSON, outcome: 'no_decision' },
  { id: 'blankLesson', dealValue: 20_000, ...LOST_LESSON, lesson: '   ' },
  { id: 'noLesson', dealValue: 20_000, ...LOST_LESSON, lesson: null },
  { id: 'cancelled', dealValue: 20_000, ...LOST_LESSON, cancelled: true },
  { id: 'ahead', dealValue: 20_000, ...LOST_LESSON, date: '2026-11-21' }, // after the as-of day
  { id: 'before', dealValue: 20_000, ...LOST_LESSON, date: '2026-10-31' }, // outside the period
  { id: 'noDebrief', dealValue: 20_000 },
]
const THRESHOLD = 100_000
const QUERY = { from: '2026-11-01', to: '2026-11-30', asOf: '2026-11-20' }

let temp: TempCore | undefined
const dirs: string[] = []
afterEach(() => {
  temp?.cleanup()
  temp = undefined
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function journal() {
  temp = openTempCore()
  const text = JSON.stringify({
    format: 'coachbook',
    version: 1,
    settings: { interstateThreshold: THRESHOLD, currency: 'USD' },
    reps: [
      { id: 'r1', name: 'Dana Ortiz' },
      { id: 'r2', name: 'Sam Whitaker' },
    ],
    calls: CALLS.map((call) => ({
      id: call.id,
      repId: call.repId ?? 'r1',
      date: call.date ?? '2026-11-10',
      account: `Account ${call.id}`,
      dealValue: call.dealValue ?? null,
      stakes: call.stakes ?? null,
      cancelled: call.cancelled ?? false,
      debrief: call.actualRole ? { actualRole: call.actualRole, outcome: call.outcome ?? null, lesson: call.lesson ?? null } : null,
    })),
    sessions: [],
  })
  await invoke(temp.core, 'journal.import', { text })
  return temp.core
}

/** The pure rule applied to the records as written, restricted to the period (and rep). */
function expected(repId?: string): string[] {
  return CALLS.filter((call) => {
    const date = call.date ?? '2026-11-10'
    if (date < QUERY.from || date > QUERY.to || (repId && (call.repId ?? 'r1') !== repId)) return false
    return isSidewalkLesson(
      {
        date,
        cancelled: call.cancelled ?? false,
        stakes: effectiveStakes({ stakes: call.stakes ?? null, dealValue: call.dealValue ?? null }, THRESHOLD),
        actualRole: call.actualRole ?? null,
        outcome: call.outcome ?? null,
        lesson: call.lesson ?? null,
      },
      QUERY.asOf,
    )
  })
    .map((call) => call.id)
    .sort()
}

describe('lost sidewalk deals that became lessons', () => {
  it('keeps exactly the held, lost, sidewalk calls the rep handled whose debrief records a lesson', () => {
    expect(expected()).toEqual(['yes', 'yesExplicit', 'yesNoValue', 'yesOtherRep'])
  })

  it('lists in SQL exactly what the rule keeps, newest first, for the team and for one rep', async () => {
    const core = await journal()
    const team = await invoke(core, 'insights.sidewalkLessons', { ...QUERY, limit: 50 })
    expect(team.total).toBe(4)
    expect(team.lessons.map((lesson) => lesson.id).sort()).toEqual(expected())
    expect(team.lessons[0]).toMatchObject({
      id: 'yesNoValue',
      date: '2026-11-20',
      repName: 'Dana Ortiz',
      account: 'Account yesNoValue',
      actualRole: 'technical_expert',
      lesson: 'Find the second decision maker earlier',
    })
    const mine = await invoke(core, 'insights.sidewalkLessons', { ...QUERY, repId: 'r1', limit: 50 })
    expect(mine.lessons.map((lesson) => lesson.id).sort()).toEqual(expected('r1'))
    expect(mine.total).toBe(expected('r1').length)
    const capped = await invoke(core, 'insights.sidewalkLessons', { ...QUERY, limit: 1 })
    expect(capped).toMatchObject({ total: 4, lessons: [{ id: 'yesNoValue' }] })
  })

  it('follows a change of the threshold: a deal above the new line is interstate', async () => {
    const core = await journal()
    await invoke(core, 'settings.update', { interstateThreshold: 10_000 })
    const team = await invoke(core, 'insights.sidewalkLessons', { ...QUERY, limit: 50 })
    // 'yes' (20,000) is interstate now; the explicit sidewalk, the call without a value and the 1-dollar deal stay.
    expect(team.lessons.map((lesson) => lesson.id).sort()).toEqual(['yesExplicit', 'yesNoValue', 'yesOtherRep'])
  })

  it('counts through its index (migration 0016) exactly what the rule keeps, after edits, moves, cancellations and deletes', async () => {
    const core = await journal()
    // Each change makes a call enter or leave the count in a different way.
    await invoke(core, 'debriefs.save', { callId: 'won', debrief: { actualRole: 'technical_expert', outcome: 'lost', lesson: 'Ask for the budget' } })
    await invoke(core, 'debriefs.save', { callId: 'yes', debrief: { actualRole: 'technical_expert', outcome: 'won', lesson: 'Find the second decision maker earlier' } })
    await invoke(core, 'debriefs.save', { callId: 'noLesson', debrief: { actualRole: 'depth_and_breadth', outcome: 'lost', lesson: 'Bring the engineer' } })
    await invoke(core, 'debriefs.save', { callId: 'yesExplicit', debrief: { actualRole: 'technical_expert', outcome: 'lost', lesson: '  ' } })
    await invoke(core, 'calls.update', { id: 'before', date: '2026-11-12', repId: 'r2' }) // moved into the period, to the other rep
    await invoke(core, 'calls.update', { id: 'yesOtherRep', date: '2026-12-02' }) // moved out of it
    await invoke(core, 'calls.update', { id: 'yesNoValue', cancelled: true })
    await invoke(core, 'calls.update', { id: 'cancelled', cancelled: false })
    await invoke(core, 'calls.delete', { id: 'blankLesson' })
    // 'won', 'noLesson', 'before' and 'cancelled' count now; 'yes', 'yesExplicit', 'yesOtherRep' and 'yesNoValue' no longer.
    const ids = ['before', 'cancelled', 'noLesson', 'won']
    const team = await invoke(core, 'insights.sidewalkLessons', { ...QUERY, limit: 50 })
    expect(team.lessons.map((lesson) => lesson.id).sort()).toEqual(ids)
    expect(team.total).toBe(ids.length)
    for (const repId of ['r1', 'r2']) {
      const mine = await invoke(core, 'insights.sidewalkLessons', { ...QUERY, repId, limit: 50 })
      expect(mine.total).toBe(mine.lessons.length)
    }
    expect((await invoke(core, 'insights.sidewalkLessons', { ...QUERY, repId: 'r2', limit: 50 })).total).toBe(1)
  })
})

describe('migration 0016 (sidewalk lessons index)', () => {
  it('indexes the lost debriefs with a lesson of a journal written at the version before it', () => {
    const { db, dir, mine } = journalBeforeMigration('sidewalk_lessons_index')
    dirs.push(dir)
    try {
      const at = '2026-01-01T00:00:00.000Z'
      db.prepare('INSERT INTO reps (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('r1', 'Dana Ortiz', at, at)
      const call = db.prepare('INSERT INTO calls (id, rep_id, call_date, cancelled, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)')
      const debrief = db.prepare('INSERT INTO debriefs (call_id, actual_role, outcome, lesson) VALUES (?, ?, ?, ?)')
      const outcomes = ['lost', 'won', 'lost', 'no_decision', 'lost']
      const lessons = ['Ask for the budget', null, '  ', 'Bring the engineer', 'Send the agenda first']
      for (let i = 0; i < 40; i++) {
        call.run(`c${i}`, 'r1', `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, at, at)
        debrief.run(`c${i}`, i % 7 === 0 ? 'crutch' : 'technical_expert', outcomes[i % 5], lessons[(i * 3) % 5])
      }
      // The count as it was read before the index: every debrief row looked at.
      const plain = () =>
        db
          .prepare(
            `SELECT COUNT(*) FROM call_metrics AS m JOIN debriefs AS d NOT INDEXED ON d.call_id = m.call_id
             WHERE m.call_date BETWEEN @from AND @heldTo AND m.sidewalk = 1 AND m.actual_role IS NOT NULL
               AND m.actual_role <> 'crutch' AND d.outcome = 'lost' AND trim(ifnull(d.lesson, '')) <> ''`,
          )
          .pluck()
          .get({ from: QUERY.from, heldTo: QUERY.asOf })

      expect(migrate(db)).toMatchObject({ from: mine.version - 1 })
      const charts = createChartsService(db)
      const count = () => charts.sidewalkLessons({ ...QUERY, limit: 1 }).total
      expect(plain()).toBeGreaterThan(2)
      expect(count()).toBe(plain())
      db.prepare("UPDATE debriefs SET lesson = NULL WHERE call_id IN ('c0', 'c2', 'c4')").run()
      db.prepare("UPDATE debriefs SET outcome = 'lost', lesson = 'Listen longer' WHERE call_id IN ('c1', 'c3')").run()
      expect(count()).toBe(plain())
    } finally {
      db.close()
    }
  })
})
