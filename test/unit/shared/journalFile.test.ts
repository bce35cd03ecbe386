import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { journalFileSchema, newerFormatOf } from '../../../shared/journalFile'
import { describeFirstIssue } from '../../../shared/validation'

const fixturePath = path.resolve(import.meta.dirname, '../../fixtures/journal-small.json')
const fixture = JSON.parse(fs.readFileSync(fixturePath, 'utf8')) as Record<string, unknown>

describe('journalFileSchema', () => {
  it('accepts the fixture journal as it stands', () => {
    const parsed = journalFileSchema.parse(fixture)
    expect(parsed).toMatchObject(fixture)
    // Written before records carried their time: it reads as "not said", as does the writer.
    expect([parsed.writtenBy, parsed.reps[0]?.updatedAt, parsed.calls[0]?.debrief?.updatedAt]).toEqual([null, null, null])
    expect([parsed.reps.length, parsed.calls.length, parsed.sessions.length]).toEqual([3, 12, 5])
  })

  it('reads absent optional fields as null, empty lists and false flags', () => {
    const parsed = journalFileSchema.parse({
      format: 'coachbook',
      version: 1,
      reps: [{ id: 'r1', name: 'Dana' }],
      calls: [{ id: 'c1', repId: 'r1', date: '2026-11-02', prebrief: { plannedRole: 'crutch' } }],
    })
    expect(parsed).toMatchObject({ exportedAt: null, settings: null, sessions: [] })
    expect(parsed.reps[0]).toEqual({ id: 'r1', name: 'Dana', title: null, startedOn: null, archived: false, updatedAt: null })
    expect(parsed.calls[0]).toMatchObject({ time: null, cancelled: false, debrief: null, prebrief: { questions: [], leads: null } })
  })

  it('drops fields it does not know', () => {
    const parsed = journalFileSchema.parse({ format: 'coachbook', version: 1, extra: 1, reps: [{ id: 'r1', name: 'D', x: 2 }] })
    expect(parsed).not.toHaveProperty('extra')
    expect(parsed.reps[0]).not.toHaveProperty('x')
  })

  it('names the first bad field, however deep', () => {
    const result = journalFileSchema.safeParse({
      format: 'coachbook',
      version: 1,
      reps: [{ id: 'r1', name: 'D' }],
      calls: [
        { id: 'c1', repId: 'r1', date: '2026-11-02' },
        { id: 'c2', repId: 'r1', date: '2026-11-03', debrief: { actualRole: 'superhero' } },
      ],
    })
    if (result.success) throw new Error('parsed')
    expect(describeFirstIssue(result.error)).toMatch(/^calls\[1\]\.debrief\.actualRole: Invalid option/)
  })

  it('refuses duplicate ids within a kind', () => {
    const result = journalFileSchema.safeParse({
      format: 'coachbook',
      version: 1,
      reps: [{ id: 'r1', name: 'A' }, { id: 'r1', name: 'B' }],
    })
    if (result.success) throw new Error('parsed')
    expect(describeFirstIssue(result.error)).toBe('reps[1].id: Duplicate id "r1"')
  })
})

describe('which app wrote a file', () => {
  it('is read leniently: an unreadable writtenBy is no answer, never a refusal', () => {
    const read = (writtenBy: unknown) => journalFileSchema.parse({ format: 'coachbook', version: 1, writtenBy }).writtenBy
    expect(read({ app: 'Coachbook', version: '0.3.0' })).toEqual({ app: 'Coachbook', version: '0.3.0' })
    expect(read({ app: 'Coachbook' })).toEqual({ app: 'Coachbook', version: null })
    expect(read('Coachbook 0.3.0')).toBeNull()
    expect(read({ app: 42 })).toBeNull()
  })

  it('tells a file in a newer format from a broken one', () => {
    expect(newerFormatOf({ format: 'coachbook', version: 2, writtenBy: { app: 'Coachbook', version: '1.0.0' } })).toEqual({
      version: 2,
      writtenBy: { app: 'Coachbook', version: '1.0.0' },
    })
    expect(newerFormatOf({ format: 'coachbook', version: 1 })).toBeNull()
    expect(newerFormatOf({ format: 'coachbook', version: '2' })).toBeNull()
    expect(newerFormatOf({ format: 'notes', version: 2 })).toBeNull()
    expect(newerFormatOf([])).toBeNull()
  })
})
