import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  fileRecordSchemas,
  fullFileCall,
  fullFileDebrief,
  fullFilePrebrief,
  fullFileRep,
  fullFileSession,
  journalFileSchema,
} from '../../../shared/journalFile'
import {
  isStoredFormCall,
  isStoredFormDebrief,
  isStoredFormPrebrief,
  isStoredFormRep,
  isStoredFormSession,
} from '../../../shared/journalFileStoredForm'
import { formatIssuePath } from '../../../shared/validation'
import { readFixture } from '../../helpers/tempJournal'

/**
 * The journal file's records in stored form are taken as they are, without zod building a copy
 * (shared/journalFileStoredForm.ts). That shortcut must never change an answer: every record a
 * stored-form check accepts is one the full schema accepts and gives back unchanged (the same
 * JSON, key order included), and the file's schema answers every record — good or bad, with
 * every field swapped for values near and past each rule — exactly as the full schema does: the
 * same output, or the same issues at the same paths.
 */

type Level = { name: string; full: z.ZodType; used: z.ZodType; isStored: (value: unknown) => boolean }
const LEVELS: Level[] = [
  { name: 'rep', full: fullFileRep, used: fileRecordSchemas.rep, isStored: isStoredFormRep },
  { name: 'prebrief', full: fullFilePrebrief, used: fileRecordSchemas.prebrief, isStored: isStoredFormPrebrief },
  { name: 'debrief', full: fullFileDebrief, used: fileRecordSchemas.debrief, isStored: isStoredFormDebrief },
  { name: 'call', full: fullFileCall, used: fileRecordSchemas.call, isStored: isStoredFormCall },
  { name: 'session', full: fullFileSession, used: fileRecordSchemas.session, isStored: isStoredFormSession },
]

/** The fixture's records, read once by the full schema and written out: stored form, as an export writes it. */
const stored = JSON.parse(JSON.stringify(journalFileSchema.parse(JSON.parse(readFixture())))) as {
  reps: Record<string, unknown>[]
  calls: (Record<string, unknown> & { prebrief: Record<string, unknown> | null; debrief: Record<string, unknown> | null })[]
  sessions: Record<string, unknown>[]
}
const samples: Record<string, Record<string, unknown>[]> = {
  rep: stored.reps,
  call: stored.calls,
  prebrief: stored.calls.flatMap((call) => (call.prebrief ? [call.prebrief] : [])),
  debrief: stored.calls.flatMap((call) => (call.debrief ? [call.debrief] : [])),
  session: stored.sessions,
}

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Said it' }] }] }
/** Values near and past every rule a record's fields have, and of every wrong type. */
const VALUES: unknown[] = [
  null, undefined, true, false, 0, -0, 1, 1.5, -1, 3, 40, 99, 100, 101, 999, 1000, 1001, 1440, 1441, 1e12, 1e12 + 1, '5',
  'c1', ' c1', 'c1 ', '', 'x'.repeat(40), 'x'.repeat(41), 'x'.repeat(120), 'x'.repeat(121), 'x'.repeat(200), 'x'.repeat(201),
  'x'.repeat(500), 'x'.repeat(501), 'x'.repeat(5000), 'x'.repeat(5001), 'bell\u0007', 'half \ud800', 'é ✓ 😀', 'Dana Ortiz',
  '2026-11-02', '2026-02-30', '0001-01-01', '2026-1-2', '14:30', '24:00', '9:30',
  '2026-11-01T17:00:00.000Z', '2026-11-01T17:00:00Z', '2026-11-01T17:00:00+02:00', '2026-13-01T17:00:00Z', '2026-11-01',
  'crutch', 'training', 'won', 'me', 'habit', 'confidence', 'drill', 'role_play', 'proposal', 'sidewalk', 'nope',
  { opening: 'rep' }, { discovery: 'me', opening: 'rep' }, { opening: ' rep' }, { opening: '' }, { bogus: 'rep' }, { opening: 'x'.repeat(41) },
  [], ['What?'], [' What?'], [''], Array.from({ length: 50 }, () => 'q'), Array.from({ length: 51 }, () => 'q'), [3],
  doc, { content: doc.content, type: 'doc' }, { type: 'doc', content: [{ type: 'text', text: '' }] }, { type: 'doc' },
  { type: 'doc', content: [], extra: 1 },
]

/** Every record this makes from a sample: each field swapped for each value, removed, moved; keys added; other shapes. */
function* variants(sample: Record<string, unknown>): Generator<unknown> {
  yield sample
  const keys = Object.keys(sample)
  for (const key of keys) {
    for (const value of VALUES) yield { ...sample, [key]: value }
    const { [key]: _removed, ...rest } = sample
    yield rest
    yield { ...rest, [key]: sample[key] } // the same fields, this one last
  }
  yield { ...sample, extra: 'x' }
  yield { ...sample, __proto__: null }
  yield Object.fromEntries(Object.entries(sample).reverse())
  yield Object.assign(Object.create(null) as object, sample)
  yield JSON.parse(`{"__proto__": 1, ${JSON.stringify(sample).slice(1)}`) as unknown
  yield [sample]
  yield null
  yield 'record'
}

const issuesOf = (error: z.ZodError) => error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)

describe('records in stored form (the journal file schema taking them as they are)', () => {
  for (const level of LEVELS) {
    it(`answers every ${level.name} exactly as the full schema does`, () => {
      let taken = 0
      let cases = 0
      for (const sample of samples[level.name] ?? []) {
        expect(level.isStored(sample)).toBe(true)
        for (const value of variants(sample)) {
          cases++
          const full = level.full.safeParse(value)
          const used = level.used.safeParse(value)
          if (level.isStored(value)) {
            taken++
            // Taken as it is: the full schema accepts it and gives back the very same JSON.
            expect(full.success).toBe(true)
            expect(JSON.stringify(full.data)).toBe(JSON.stringify(value))
            expect(used.data).toBe(value)
          }
          expect(used.success).toBe(full.success)
          if (full.success) expect(JSON.stringify(used.data)).toBe(JSON.stringify(full.data))
          else expect(issuesOf(used.error as z.ZodError)).toEqual(issuesOf(full.error))
        }
      }
      // Both kinds were tried: records taken as they are and records the full schema judged.
      expect(taken).toBeGreaterThan(samples[level.name]?.length ?? 0)
      expect(cases - taken).toBeGreaterThan(100)
    })
  }

  it('names a bad field inside a call by its place in the file, as before', () => {
    const file = { format: 'coachbook', version: 1, reps: stored.reps, calls: stored.calls.map((call) => ({ ...call })) }
    const bad = file.calls[3] as Record<string, unknown> & { debrief: Record<string, unknown> }
    bad.debrief = { ...bad.debrief, actualRole: 'hero' }
    const result = journalFileSchema.safeParse(file)
    expect(result.success).toBe(false)
    expect(issuesOf(result.error as z.ZodError)[0]).toMatch(/^calls\[3\]\.debrief\.actualRole: /)
  })
})
