import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REMINDER_SETTINGS,
  debriefReminder,
  dueReminders,
  groupReminders,
  localClock,
  nextWorkingDay,
  notificationText,
  prebriefReminder,
  skillReminder,
  type Reminder,
  type ReminderCall,
  type ReminderSkillInput,
} from '../../../shared/reminders'
import type { SkillProgress } from '../../../shared/skills'

// 2026-11-13 is a Friday.
const FRIDAY = '2026-11-13'
const at = (today: string, time = '09:00') => ({ today, time })

function call(overrides: Partial<ReminderCall> = {}): ReminderCall {
  return {
    callId: 'c1',
    repId: 'r1',
    repName: 'Dana Ortiz',
    repArchived: false,
    date: '2026-11-12',
    time: '15:00',
    account: 'Acme',
    cancelled: false,
    hasPrebrief: true,
    debrief: null,
    ...overrides,
  }
}

function skill(overrides: Partial<SkillProgress> = {}, input: Partial<ReminderSkillInput> = {}): ReminderSkillInput {
  return {
    repId: 'r1',
    repName: 'Dana Ortiz',
    repArchived: false,
    ...input,
    progress: {
      skill: 'Holding silence',
      drillType: null,
      drillReps: null,
      target: 5,
      targetSetByYou: false,
      done: 0,
      status: 'open',
      statusOn: null,
      openedOn: '2026-10-01',
      countedFrom: '2026-10-01',
      fromCallId: 'c0',
      lastPractisedOn: null,
      recordId: null,
      ...overrides,
    },
  }
}

describe('a held call waiting for its debrief', () => {
  it('is due from the morning after the call, not the evening of it nor before 08:00', () => {
    expect(debriefReminder(call({ date: '2026-11-12' }), at('2026-11-12', '23:59'))).toBeNull()
    expect(debriefReminder(call({ date: '2026-11-12' }), at('2026-11-13', '00:00'))).toBeNull()
    expect(debriefReminder(call({ date: '2026-11-12' }), at('2026-11-13', '07:59'))).toBeNull()
    expect(debriefReminder(call({ date: '2026-11-12' }), at('2026-11-13', '08:00'))).toMatchObject({
      kind: 'debrief',
      callId: 'c1',
      dueOn: '2026-11-13',
      quickOnly: false,
    })
    // Any time of any later day.
    expect(debriefReminder(call({ date: '2026-11-12' }), at('2026-11-20', '00:01'))).not.toBeNull()
  })

  it('counts a call with only the 60-second debrief as one whose full debrief is still to do, with a key of its own', () => {
    const none = debriefReminder(call(), at(FRIDAY))
    const quick = debriefReminder(call({ debrief: { outcome: null } }), at(FRIDAY))
    expect(quick).toMatchObject({ kind: 'debrief', quickOnly: true })
    expect(quick?.key).not.toBe(none?.key)
    expect(debriefReminder(call({ debrief: { outcome: 'won' } }), at(FRIDAY))).toBeNull()
  })

  it('reminds of nothing for a cancelled call, an archived rep or a call not held yet', () => {
    expect(debriefReminder(call({ cancelled: true }), at(FRIDAY))).toBeNull()
    expect(debriefReminder(call({ repArchived: true }), at(FRIDAY))).toBeNull()
    expect(debriefReminder(call({ date: '2026-11-14' }), at(FRIDAY))).toBeNull()
  })
})

describe('a call coming up without a pre-brief', () => {
  const unplanned = (date: string, more: Partial<ReminderCall> = {}) => call({ date, hasPrebrief: false, ...more })

  it('reminds from today up to the next working day: on a Friday, the weekend and Monday', () => {
    expect(nextWorkingDay(FRIDAY)).toBe('2026-11-16')
    expect(nextWorkingDay('2026-11-11')).toBe('2026-11-12')
    expect(nextWorkingDay('2026-11-14')).toBe('2026-11-16')
    for (const date of [FRIDAY, '2026-11-14', '2026-11-15', '2026-11-16']) {
      expect(prebriefReminder(unplanned(date), at(FRIDAY)), date).toMatchObject({ kind: 'prebrief', date, dueOn: FRIDAY })
    }
    expect(prebriefReminder(unplanned('2026-11-17'), at(FRIDAY))).toBeNull()
    // On a Wednesday, only Wednesday and Thursday.
    expect(prebriefReminder(unplanned('2026-11-12'), at('2026-11-11'))).not.toBeNull()
    expect(prebriefReminder(unplanned('2026-11-13'), at('2026-11-11'))).toBeNull()
  })

  it('at midnight the window moves: yesterday’s unplanned call is no longer one to plan', () => {
    expect(prebriefReminder(unplanned('2026-11-12'), at('2026-11-12', '23:59'))).not.toBeNull()
    expect(prebriefReminder(unplanned('2026-11-12'), at(FRIDAY, '00:00'))).toBeNull()
  })

  it('says nothing once planned or debriefed, nor for a cancelled call or an archived rep', () => {
    expect(prebriefReminder(unplanned(FRIDAY, { hasPrebrief: true }), at(FRIDAY))).toBeNull()
    expect(prebriefReminder(unplanned(FRIDAY, { debrief: { outcome: null } }), at(FRIDAY))).toBeNull()
    expect(prebriefReminder(unplanned(FRIDAY, { cancelled: true }), at(FRIDAY))).toBeNull()
    expect(prebriefReminder(unplanned(FRIDAY, { repArchived: true }), at(FRIDAY))).toBeNull()
  })

  it('keys the reminder by the call’s day, so a call moved to another day is news again', () => {
    expect(prebriefReminder(unplanned(FRIDAY), at(FRIDAY))?.key).not.toBe(prebriefReminder(unplanned('2026-11-16'), at(FRIDAY))?.key)
  })
})

describe('an open skill with no practice for two weeks', () => {
  it('is due 14 days after its last repetition, or after it was opened when never practised', () => {
    expect(skillReminder(skill({ countedFrom: '2026-11-01' }), at('2026-11-14'))).toBeNull()
    expect(skillReminder(skill({ countedFrom: '2026-11-01' }), at('2026-11-15'))).toMatchObject({
      kind: 'skill',
      idleDays: 14,
      dueOn: '2026-11-15',
      lastPractisedOn: null,
    })
    const practised = skill({ countedFrom: '2026-10-01', lastPractisedOn: '2026-11-05' })
    expect(skillReminder(practised, at('2026-11-18'))).toBeNull()
    expect(skillReminder(practised, at('2026-11-19'))).toMatchObject({ idleDays: 14, lastPractisedOn: '2026-11-05' })
  })

  it('says nothing of a mastered or dropped skill, nor of an archived rep’s', () => {
    expect(skillReminder(skill({ status: 'mastered', statusOn: '2026-10-02' }), at(FRIDAY))).toBeNull()
    expect(skillReminder(skill({ status: 'dropped', statusOn: '2026-10-02' }), at(FRIDAY))).toBeNull()
    expect(skillReminder(skill({}, { repArchived: true }), at(FRIDAY))).toBeNull()
  })

  it('keys the reminder by the last repetition, so practice followed by two more idle weeks is news again', () => {
    const before = skillReminder(skill(), at(FRIDAY))
    const after = skillReminder(skill({ lastPractisedOn: '2026-10-20' }), at(FRIDAY))
    expect(before?.key).not.toBe(after?.key)
    expect(before?.key).toBe(skillReminder(skill({ skill: 'HOLDING  silence' }), at(FRIDAY))?.key)
  })
})

describe('the kinds turned off, grouping and the notification words', () => {
  const calls = [call({ callId: 'a', date: '2026-11-10' }), call({ callId: 'b', date: FRIDAY, hasPrebrief: false })]
  const skills = [skill()]

  it('leaves out each kind turned off', () => {
    const kinds = (settings = DEFAULT_REMINDER_SETTINGS) => dueReminders({ calls, skills, settings }, at(FRIDAY)).map((r) => r.kind)
    expect(kinds()).toEqual(['debrief', 'prebrief', 'skill'])
    expect(kinds({ ...DEFAULT_REMINDER_SETTINGS, debriefs: false })).toEqual(['prebrief', 'skill'])
    expect(kinds({ ...DEFAULT_REMINDER_SETTINGS, prebriefs: false })).toEqual(['debrief', 'skill'])
    expect(kinds({ ...DEFAULT_REMINDER_SETTINGS, skills: false })).toEqual(['debrief', 'prebrief'])
  })

  it('groups per kind with a count, the most recent debriefs first and the soonest calls to plan first, capped', () => {
    const debriefs = ['2026-11-02', '2026-11-09', '2026-11-05', '2026-11-11'].map((date, i) => call({ callId: `d${i}`, date }))
    const planned = [
      call({ callId: 'p1', date: '2026-11-16', time: '09:00', hasPrebrief: false }),
      call({ callId: 'p2', date: FRIDAY, time: null, hasPrebrief: false }),
      call({ callId: 'p3', date: FRIDAY, time: '10:00', hasPrebrief: false }),
    ]
    const reminders = dueReminders({ calls: [...debriefs, ...planned], skills: [], settings: DEFAULT_REMINDER_SETTINGS }, at(FRIDAY))
    const groups = groupReminders(reminders, 2)
    expect(groups.map((group) => [group.kind, group.total, group.shown.map((r) => ('callId' in r ? r.callId : ''))])).toEqual([
      ['debrief', 4, ['d3', 'd1']],
      ['prebrief', 3, ['p3', 'p2']],
    ])
  })

  it('shows the same first few as sorting every reminder of a kind would, however many share a day', () => {
    // Seeded pseudo-random days and times, many alike, so the ties are broken by the key.
    let state = 2026
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n)
    const days = ['2026-10-28', '2026-11-02', '2026-11-05', '2026-11-09', '2026-11-11', '2026-11-12']
    const held = Array.from({ length: 300 }, (_, i) => call({ callId: `d${next(1000)}-${i}`, date: days[next(days.length)] ?? FRIDAY }))
    const times = [null, '08:30', '10:00', '10:00', '15:45']
    const toPlan = Array.from({ length: 40 }, (_, i) => call({ callId: `p${next(1000)}-${i}`, date: next(2) ? FRIDAY : '2026-11-16', time: times[next(times.length)] ?? null, hasPrebrief: false }))
    const reminders = dueReminders({ calls: [...held, ...toPlan], skills: [], settings: DEFAULT_REMINDER_SETTINGS }, at(FRIDAY))
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    // The order of docs/reminders.md, written out: debriefs newest call first, calls to plan soonest first.
    const sortedDebriefs = reminders.filter((r) => r.kind === 'debrief').sort((a, b) => byText(b.date, a.date) || byText(a.key, b.key))
    const sortedPlans = reminders
      .filter((r) => r.kind === 'prebrief')
      .sort((a, b) => byText(a.date, b.date) || byText(a.time ?? '99:99', b.time ?? '99:99') || byText(a.key, b.key))
    for (const shown of [1, 5, 12]) {
      const groups = groupReminders(reminders, shown)
      expect(groups.find((group) => group.kind === 'debrief')?.shown).toEqual(sortedDebriefs.slice(0, shown))
      expect(groups.find((group) => group.kind === 'prebrief')?.shown).toEqual(sortedPlans.slice(0, shown))
    }
    expect(groupReminders(reminders, 0).every((group) => group.shown.length === 0)).toBe(true)
  })

  it('writes counts only: no rep, account or skill ever reaches a notification', () => {
    const reminders = dueReminders({ calls, skills, settings: DEFAULT_REMINDER_SETTINGS }, at(FRIDAY))
    const text = notificationText([...reminders, ...reminders.filter((r) => r.kind === 'debrief')])
    expect(text).toEqual({ title: 'Coachbook reminders', body: '2 debriefs waiting, 1 call to plan, 1 skill to practise.' })
    expect(JSON.stringify(text)).not.toMatch(/Dana|Acme|silence/u)
    expect(notificationText([] as Reminder[])).toBeNull()
  })

  it('reads the local clock of a Date for the faces', () => {
    expect(localClock(new Date(2026, 10, 13, 7, 5))).toEqual({ today: FRIDAY, time: '07:05' })
  })
})
