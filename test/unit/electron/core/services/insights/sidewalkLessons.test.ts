import { afterEach, describe, expect, it } from 'vitest'
import type { Role, Stakes } from '../../../../../../shared/domain'
import { isSidewalkLesson } from '../../../../../../shared/insights'
import { effectiveStakes } from '../../../../../../shared/stakes'
import { invoke, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

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
afterEach(() => {
  temp?.cleanup()
  temp = undefined
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
})
