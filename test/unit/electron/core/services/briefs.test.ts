import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DebriefInput, PrebriefInput } from '../../../../../shared/contract'
import type { Call } from '../../../../../shared/entities'
import type { RichTextDoc } from '../../../../../shared/richText'
import { isPackedRichText, richTextJsonOf } from '../../../../../shared/packedRichText'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore
let call: Call
beforeEach(async () => {
  temp = openTempCore()
  const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  call = await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-10-30' })
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-01T17:00:00.000Z'))
})
afterEach(() => {
  vi.useRealTimers()
  temp.cleanup()
})

const doc = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] })),
})
const row = (table: string) => temp.core.db.prepare(`SELECT * FROM ${table} WHERE call_id = ?`).get(call.id) as Record<string, unknown>

describe('prebriefs.save', () => {
  const full = {
    plannedRole: 'technical_expert',
    purpose: 'training',
    objective: 'Agree on the pilot scope',
    nextStep: 'Pilot kickoff date on the calendar',
    leads: { opening: 'rep', discovery: 'rep', presenting: 'manager', objections: 'together', nextStep: 'rep' },
    questions: ['What happens if you do nothing this quarter?'],
    interventionRule: 'Only if pricing terms outside policy come up',
    takeoverRisk: 30,
    skillFocus: 'Asking for the next step',
    notes: doc('Let Dana hold the price.', 'Then wait.'),
  } satisfies PrebriefInput

  it('saves the whole pre-brief and stamps when it was saved', async () => {
    const { prebrief: saved, conflicts } = await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: full })
    expect(saved).toEqual({ ...full, questions: [...full.questions], updatedAt: '2026-11-01T17:00:00.000Z' })
    expect(conflicts).toEqual([])
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).prebrief).toEqual(saved)
  })

  it('stores rich text in its short form beside its plain text', async () => {
    await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: full })
    const stored = row('prebriefs') as { notes_json: string; notes_text: string; leads_json: string; questions_json: string }
    expect(isPackedRichText(stored.notes_json)).toBe(true)
    expect(JSON.parse(richTextJsonOf(stored.notes_json, stored.notes_text))).toEqual(full.notes)
    expect(stored.notes_text).toBe('Let Dana hold the price.\nThen wait.')
    expect(JSON.parse(stored.leads_json)).toEqual(full.leads)
    expect(JSON.parse(stored.questions_json)).toEqual(full.questions)
  })

  it('replaces the pre-brief whole on the next save without a base, with a new time', async () => {
    await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: full })
    vi.setSystemTime(new Date('2026-11-02T08:00:00.000Z'))
    const again = await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'crutch', objective: '  ' } })
    expect(again.prebrief).toEqual({
      plannedRole: 'crutch',
      purpose: null,
      objective: null,
      nextStep: null,
      leads: null,
      questions: [],
      interventionRule: null,
      takeoverRisk: null,
      skillFocus: null,
      notes: null,
      updatedAt: '2026-11-02T08:00:00.000Z',
    })
    expect(row('prebriefs')).toMatchObject({ notes_json: null, notes_text: '' })
  })

  it('answers NOT_FOUND for an unknown call and refuses a bad field', async () => {
    expect(await invokeResult(temp.core, 'prebriefs.save', { callId: 'nope', prebrief: { plannedRole: 'crutch' } })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No call with id "nope"' },
    })
    expect(
      await invokeResult(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'crutch', takeoverRisk: 101 } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'prebrief.takeoverRisk: Use a number from 0 to 100' } })
    expect(row('prebriefs')).toBeUndefined()
  })
})

describe('prebriefs.delete', () => {
  it('removes the pre-brief, and answers NOT_FOUND when there is none', async () => {
    await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'crutch' } })
    expect(await invoke(temp.core, 'prebriefs.delete', { callId: call.id })).toEqual({ callId: call.id })
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).prebrief).toBeNull()
    expect(await invokeResult(temp.core, 'prebriefs.delete', { callId: call.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `Call "${call.id}" has no pre-brief` },
    })
    expect(await invokeResult(temp.core, 'prebriefs.delete', { callId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No call with id "nope"' },
    })
  })
})

describe('debriefs.save', () => {
  const full = {
    actualRole: 'crutch',
    outcome: 'advanced',
    rescueInitiator: 'me',
    rescueFear: 'quarter_pressure',
    asks: 6,
    tells: 9,
    repSelfAssessment: doc('I froze after the price.'),
    rootCause: 'confidence',
    rootCauseNote: 'Knows the answer, does not trust it',
    lesson: 'Let the silence after the price work',
    skillObserved: false,
    skillToDrill: 'Holding silence after pricing',
    drillType: 'role_play',
    drillReps: 3,
    notes: doc('Shareable.'),
    privateNotes: doc('I rescued out of fear.'),
  } satisfies DebriefInput

  it('saves the whole debrief and records when it was first completed', async () => {
    const { debrief: saved } = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: full })
    expect(saved).toEqual({ ...full, completedAt: '2026-11-01T17:00:00.000Z', updatedAt: '2026-11-01T17:00:00.000Z' })
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).debrief).toEqual(saved)
    expect(row('debriefs')).toMatchObject({
      rep_self_assessment_text: 'I froze after the price.',
      notes_text: 'Shareable.',
      private_notes_text: 'I rescued out of fear.',
      skill_observed: 0,
      updated_at: '2026-11-01T17:00:00.000Z',
    })
  })

  it('keeps the first completion time on later saves and moves the edit time', async () => {
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: full })
    vi.setSystemTime(new Date('2026-11-03T09:00:00.000Z'))
    const { debrief: again } = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'technical_expert' } })
    expect(again).toMatchObject({ actualRole: 'technical_expert', outcome: null, privateNotes: null, completedAt: '2026-11-01T17:00:00.000Z' })
    expect(row('debriefs')).toMatchObject({ completed_at: '2026-11-01T17:00:00.000Z', updated_at: '2026-11-03T09:00:00.000Z' })
  })

  it('refuses fewer than three drill repetitions and unsafe links, writing nothing', async () => {
    expect(
      await invokeResult(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', drillReps: 2 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'debrief.drillReps: Plan at least 3 repetitions before judging a skill' },
    })
    const unsafe: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    }
    expect(
      await invokeResult(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', notes: unsafe } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'debrief.notes.content[0].content[0].marks[0].attrs.href: Links must use http, https or mailto' },
    })
    expect(row('debriefs')).toBeUndefined()
  })

  it('answers NOT_FOUND for an unknown call', async () => {
    expect(await invokeResult(temp.core, 'debriefs.save', { callId: 'nope', debrief: { actualRole: 'crutch' } })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No call with id "nope"' },
    })
  })
})

describe('debriefs.delete', () => {
  it('removes the debrief, and answers NOT_FOUND when there is none', async () => {
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch' } })
    expect(await invoke(temp.core, 'debriefs.delete', { callId: call.id })).toEqual({ callId: call.id })
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).debrief).toBeNull()
    expect(await invokeResult(temp.core, 'debriefs.delete', { callId: call.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `Call "${call.id}" has no debrief` },
    })
  })
})

describe('two editors on one brief (a save that states its base)', () => {
  /** The debrief as an editor that loaded it holds it: its fields, as stored. */
  async function load() {
    const { debrief } = await invoke(temp.core, 'calls.get', { id: call.id })
    if (!debrief) throw new Error('no debrief')
    const { updatedAt: _u, completedAt: _c, ...fields } = debrief
    return fields
  }

  beforeEach(async () => {
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', lesson: 'First lesson', asks: 2 } })
  })

  it('keeps both when they changed different fields', async () => {
    const a = await load()
    const b = await load()
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...a, lesson: 'From window A' }, base: a })
    vi.setSystemTime(new Date('2026-11-01T17:00:05.000Z'))
    const saved = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...b, asks: 7, rootCause: 'competence' }, base: b })
    expect(saved.conflicts).toEqual([])
    expect(saved.debrief).toMatchObject({ lesson: 'From window A', asks: 7, rootCause: 'competence', actualRole: 'crutch' })
    expect((await invoke(temp.core, 'calls.get', { id: call.id })).debrief).toEqual(saved.debrief)
  })

  it('answers a field changed in both as a conflict, keeping the stored words, while the rest merges', async () => {
    const a = await load()
    const b = await load()
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...a, lesson: 'From window A' }, base: a })
    const saved = await invoke(temp.core, 'debriefs.save', {
      callId: call.id,
      debrief: { ...b, lesson: 'From window B', tells: 4 },
      base: b,
    })
    expect(saved.conflicts).toEqual([{ field: 'lesson', theirs: 'From window A', mine: 'From window B' }])
    expect(saved.debrief).toMatchObject({ lesson: 'From window A', tells: 4 })
    // B keeps the choice: once it states A's version as its base, its own words go through.
    const chosen = await invoke(temp.core, 'debriefs.save', {
      callId: call.id,
      debrief: { ...b, lesson: 'From window B', tells: 4 },
      base: { ...b, lesson: 'From window A', tells: 4 },
    })
    expect(chosen).toMatchObject({ conflicts: [], debrief: { lesson: 'From window B', tells: 4 } })
  })

  it('is no conflict when both made the same change, and writes nothing for a save that changes nothing', async () => {
    const a = await load()
    const b = await load()
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...a, lesson: 'Same words' }, base: a })
    const stored = await invoke(temp.core, 'calls.get', { id: call.id })
    vi.setSystemTime(new Date('2026-11-05T10:00:00.000Z'))
    const saved = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...b, lesson: 'Same words' }, base: b })
    expect(saved).toEqual({ debrief: stored.debrief, conflicts: [] })
  })

  it('treats a base of null as "there was no debrief": another window\'s new debrief is merged, not replaced', async () => {
    await invoke(temp.core, 'debriefs.delete', { callId: call.id })
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', lesson: 'Window A started it' } })
    const saved = await invoke(temp.core, 'debriefs.save', {
      callId: call.id,
      debrief: { actualRole: 'technical_expert', tells: 3 },
      base: null,
    })
    expect(saved.conflicts).toEqual([{ field: 'actualRole', theirs: 'crutch', mine: 'technical_expert' }])
    expect(saved.debrief).toMatchObject({ actualRole: 'crutch', lesson: 'Window A started it', tells: 3 })
  })

  it('reads a base stated the way a form sends its fields: empty text is nothing, and a stored value the form could not send is still a base', async () => {
    temp.core.db.prepare('UPDATE debriefs SET drill_reps = 1 WHERE call_id = ?').run(call.id)
    const a = await load()
    // As a form states it: text as typed ('' for nothing), counts as numbers.
    const formBase = { ...a, rootCauseNote: '', lesson: ' First lesson ' }
    await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', lesson: 'Other window', asks: 2, drillReps: 3 }, base: a })
    const saved = await invoke(temp.core, 'debriefs.save', {
      callId: call.id,
      debrief: { actualRole: 'crutch', lesson: 'First lesson', asks: 2, drillReps: 3, rootCauseNote: 'From this window' },
      base: formBase,
    })
    expect(saved.conflicts).toEqual([])
    expect(saved.debrief).toMatchObject({ lesson: 'Other window', rootCauseNote: 'From this window', drillReps: 3 })
  })

  it('orders versions strictly: a save in the same millisecond still gets a later updatedAt', async () => {
    const a = await load()
    const first = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...a, lesson: 'one' }, base: a })
    const second = await invoke(temp.core, 'debriefs.save', { callId: call.id, debrief: { ...a, lesson: 'two' }, base: { ...a, lesson: 'one' } })
    expect(first.debrief.updatedAt).toBe('2026-11-01T17:00:00.001Z')
    expect(second.debrief.updatedAt).toBe('2026-11-01T17:00:00.002Z')
  })

  it('merges a pre-brief the same way, the questions list being one field', async () => {
    await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'technical_expert', questions: ['Q1'] } })
    const { prebrief } = await invoke(temp.core, 'calls.get', { id: call.id })
    const { updatedAt: _u, ...base } = prebrief!
    await invoke(temp.core, 'prebriefs.save', { callId: call.id, prebrief: { ...base, questions: ['Q1', 'From A'] }, base })
    const saved = await invoke(temp.core, 'prebriefs.save', {
      callId: call.id,
      prebrief: { ...base, questions: ['Q1', 'From B'], objective: 'B wrote this' },
      base,
    })
    expect(saved.conflicts).toEqual([{ field: 'questions', theirs: ['Q1', 'From A'], mine: ['Q1', 'From B'] }])
    expect(saved.prebrief).toMatchObject({ questions: ['Q1', 'From A'], objective: 'B wrote this' })
  })
})
