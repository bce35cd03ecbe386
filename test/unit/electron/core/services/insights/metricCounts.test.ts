import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openConnection } from '../../../../../../electron/core/db/connection'
import { MIGRATIONS, migrate } from '../../../../../../electron/core/db/migrations'
import { databasePath } from '../../../../../../electron/core/paths'
import {
  createInsightsService,
  rebuildMetricCounts,
  verifyMetricCounts,
} from '../../../../../../electron/core/services/insights'
import { invoke, makeTempDataDir, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'
import { journalText } from './journalBuilder'

/**
 * The metrics read counts that triggers keep (migration 0002). Every way a journal changes must
 * leave them equal to a fresh count: `verifyMetricCounts` recounts from the source tables.
 */
let temp: TempCore | undefined
const dirs: string[] = []
afterEach(() => {
  temp?.cleanup()
  temp = undefined
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const APRIL = { from: '2026-04-01', to: '2026-04-30', asOf: '2026-04-30' }

describe('counts kept by triggers', () => {
  it('follow every edit made through the core', async () => {
    temp = openTempCore()
    const { core } = temp
    const insights = createInsightsService(core.db)
    const totals = () => insights.metrics(APRIL).totals
    const consistent = () => expect(verifyMetricCounts(core.db)).toEqual([])

    await invoke(core, 'settings.update', { interstateThreshold: 1000 })
    const ana = await invoke(core, 'reps.create', { name: 'Ana' })
    const ben = await invoke(core, 'reps.create', { name: 'Ben' })
    const call = await invoke(core, 'calls.create', { repId: ana.id, date: '2026-04-02', dealValue: 500 })
    consistent()
    expect(totals()).toMatchObject({ calls: 1, prebriefed: 0, debriefed: 0 })

    await invoke(core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'technical_expert' } })
    await invoke(core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', asks: 1, tells: 3 } })
    consistent()
    // 500 < 1000: sidewalk rescue, a slip from the plan.
    expect(totals()).toMatchObject({ prebriefed: 1, debriefed: 1, rescues: 1, avoidableRescues: 1, slips: 1, askShare: 1 / 4 })

    await invoke(core, 'calls.update', { id: call.id, dealValue: 1000 })
    consistent()
    expect(totals()).toMatchObject({ rescues: 1, avoidableRescues: 0 }) // on the threshold: interstate

    await invoke(core, 'calls.update', { id: call.id, stakes: 'sidewalk' })
    consistent()
    expect(totals().avoidableRescues).toBe(1)

    await invoke(core, 'calls.update', { id: call.id, repId: ben.id, date: '2026-04-20' })
    consistent()
    const moved = insights.metrics({ ...APRIL, repId: ben.id })
    expect(moved.totals.rescues).toBe(1)
    expect(moved.byWeek.find((w) => w.calls > 0)?.period).toBe('2026-W17')
    expect(insights.metrics({ ...APRIL, repId: ana.id }).totals.calls).toBe(0)

    await invoke(core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'technical_expert', asks: 4, tells: null } })
    consistent()
    expect(totals()).toMatchObject({ rescues: 0, slips: 0, planAdherence: 1, askShare: null })

    await invoke(core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'visiting_dignitary' } })
    consistent()
    expect(totals().planAdherence).toBe(0)

    await invoke(core, 'calls.update', { id: call.id, cancelled: true })
    consistent()
    expect(totals()).toMatchObject({ calls: 0, debriefed: 0 })
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM call_day_counts').get()).toEqual({ n: 0 })

    await invoke(core, 'calls.update', { id: call.id, cancelled: false })
    consistent()
    expect(totals()).toMatchObject({ calls: 1, debriefed: 1, prebriefed: 1 })

    await invoke(core, 'prebriefs.delete', { callId: call.id })
    consistent()
    expect(totals()).toMatchObject({ prebriefed: 0, planAdherence: null })

    await invoke(core, 'debriefs.delete', { callId: call.id })
    consistent()
    expect(totals()).toMatchObject({ debriefed: 0, rescueRate: null })

    await invoke(core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch' } })
    await invoke(core, 'calls.delete', { id: call.id })
    consistent()
    expect(totals().calls).toBe(0)
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM call_metrics').get()).toEqual({ n: 0 })
  })

  it('follow a change of any single column, whoever writes it', async () => {
    temp = openTempCore()
    const { db } = temp.core
    await invoke(temp.core, 'journal.import', {
      text: journalText({
        threshold: 100,
        reps: [
          { id: 'r1', name: 'Ana' },
          { id: 'r2', name: 'Ben' },
        ],
        calls: [
          { id: 'c1', rep: 'r1', date: '2026-04-01', dealValue: 50, planned: 'technical_expert', actual: 'crutch', asks: 1, tells: 2 },
          { id: 'c2', rep: 'r1', date: '2026-04-02', dealValue: 500, planned: 'crutch', actual: 'crutch' },
        ],
      }),
    })
    const statements = [
      "UPDATE calls SET cancelled = 1 WHERE id = 'c1'",
      "UPDATE calls SET cancelled = 0 WHERE id = 'c1'",
      "UPDATE calls SET call_date = '2026-04-09' WHERE id = 'c1'",
      "UPDATE calls SET rep_id = 'r2' WHERE id = 'c1'",
      "UPDATE calls SET deal_value = 100 WHERE id = 'c1'",
      "UPDATE calls SET deal_value = NULL WHERE id = 'c1'",
      "UPDATE calls SET stakes = 'interstate' WHERE id = 'c1'",
      "UPDATE calls SET stakes = NULL WHERE id = 'c2'",
      "UPDATE prebriefs SET planned_role = 'crutch' WHERE call_id = 'c1'",
      "UPDATE debriefs SET actual_role = 'depth_and_breadth' WHERE call_id = 'c1'",
      "UPDATE debriefs SET asks = NULL WHERE call_id = 'c1'",
      "UPDATE debriefs SET tells = 7, asks = 3 WHERE call_id = 'c1'",
      "UPDATE settings SET interstate_threshold = 40 WHERE id = 1",
      "UPDATE settings SET interstate_threshold = NULL WHERE id = 1",
      "DELETE FROM debriefs WHERE call_id = 'c2'",
      "DELETE FROM prebriefs WHERE call_id = 'c2'",
      "INSERT INTO debriefs (call_id, actual_role, asks, tells) VALUES ('c2', 'crutch', 0, 5)",
      "DELETE FROM calls WHERE id = 'c1'",
    ]
    for (const sql of statements) {
      db.prepare(sql).run()
      expect([sql, verifyMetricCounts(db)]).toEqual([sql, []])
    }
    expect(createInsightsService(db).metrics(APRIL).totals).toMatchObject({ calls: 1, rescues: 1, avoidableRescues: 1, askShare: 0 })
  })

  it('follow a journal import and a change of threshold across many calls', async () => {
    temp = openTempCore()
    const { core } = temp
    const calls = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      rep: i % 3 === 0 ? 'r1' : 'r2',
      date: `2026-04-${String((i % 28) + 1).padStart(2, '0')}`,
      dealValue: i * 100,
      cancelled: i % 11 === 0,
      ...(i % 4 !== 0 ? { planned: 'technical_expert' as const } : {}),
      ...(i % 5 !== 0 ? { actual: i % 2 === 0 ? ('crutch' as const) : ('technical_expert' as const), asks: i % 7, tells: 3 } : {}),
    }))
    const reps = [
      { id: 'r1', name: 'Ana' },
      { id: 'r2', name: 'Ben' },
    ]
    await invoke(core, 'journal.import', { text: journalText({ threshold: 2500, reps, calls }) })
    expect(verifyMetricCounts(core.db)).toEqual([])
    const before = createInsightsService(core.db).metrics(APRIL).totals.avoidableRescues

    await invoke(core, 'settings.update', { interstateThreshold: 4000 })
    expect(verifyMetricCounts(core.db)).toEqual([])
    expect(createInsightsService(core.db).metrics(APRIL).totals.avoidableRescues).toBeGreaterThan(before)

    // Importing the same journal with other roles, dates and cancellations updates it in place.
    const changed = calls.map((c, i) => ({ ...c, date: `2026-04-${String(28 - (i % 28)).padStart(2, '0')}`, cancelled: i % 7 === 0 }))
    await invoke(core, 'journal.import', { text: journalText({ threshold: 2500, reps, calls: changed }) })
    expect(verifyMetricCounts(core.db)).toEqual([])
  })

  it('are filled in for a journal written before the counts existed', () => {
    const dir = makeTempDataDir()
    dirs.push(dir)
    const file = databasePath(dir)
    const db = openConnection(file)
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version === 1) })
      const at = '2026-01-01T00:00:00.000Z'
      db.exec(`UPDATE settings SET interstate_threshold = 100`)
      db.prepare('INSERT INTO reps (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('r1', 'Ana', at, at)
      const call = db.prepare(
        'INSERT INTO calls (id, rep_id, call_date, deal_value, cancelled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      call.run('c1', 'r1', '2026-04-01', 50, 0, at, at)
      call.run('c2', 'r1', '2026-04-02', 500, 0, at, at)
      call.run('c3', 'r1', '2026-04-03', 50, 1, at, at)
      db.prepare("INSERT INTO debriefs (call_id, actual_role, asks, tells) VALUES (?, 'crutch', 2, 2)").run('c1')
      db.prepare("INSERT INTO debriefs (call_id, actual_role) VALUES (?, 'crutch')").run('c2')
      db.prepare("INSERT INTO prebriefs (call_id, planned_role) VALUES (?, 'technical_expert')").run('c1')

      migrate(db)
      expect(verifyMetricCounts(db)).toEqual([])
      expect(createInsightsService(db).metrics(APRIL).totals).toMatchObject({
        calls: 2, // c3 is cancelled
        rescues: 2,
        avoidableRescues: 1, // c1 (50 < 100)
        slips: 1,
        askShare: 2 / 4,
      })
    } finally {
      db.close()
    }
  })

  it('refuse to be edited in place, and can be checked and rebuilt', async () => {
    temp = openTempCore()
    const { core } = temp
    await invoke(core, 'journal.import', {
      text: journalText({
        threshold: null,
        reps: [{ id: 'r1', name: 'Ana' }],
        calls: [
          { id: 'c1', rep: 'r1', date: '2026-04-01', actual: 'crutch' },
          { id: 'c2', rep: 'r1', date: '2026-04-02', planned: 'crutch' },
        ],
      }),
    })
    expect(() => core.db.prepare("UPDATE call_metrics SET actual_role = 'crutch'").run()).toThrow(/never updated/)

    core.db.prepare("DELETE FROM call_day_counts WHERE day = '2026-04-01'").run()
    core.db.prepare("DELETE FROM call_metrics WHERE call_id = 'c2'").run()
    const problems = verifyMetricCounts(core.db)
    expect(problems).toEqual([
      'The metrics row of call "c2" does not match the call',
      'The metric counts of 2026-04-01 r1 do not match its calls',
    ])

    rebuildMetricCounts(core.db)
    expect(verifyMetricCounts(core.db)).toEqual([])
    expect(createInsightsService(core.db).metrics(APRIL).totals).toMatchObject({ calls: 2, rescues: 1, prebriefed: 1 })
  })
})
