import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../../../shared/contract'
import { BUSY_MESSAGE, DISK_FULL_MESSAGE, dispatch, toFail, type UnexpectedError } from '../../../shared/dispatch'
import { INPUT_MAX_DEPTH, MAX_PERIOD_YEARS, RICH_TEXT_MAX_DEPTH } from '../../../shared/limits'
import { AppFailure } from '../../../shared/result'
import { openTempCore, type TempCore } from '../../helpers/tempJournal'

let temp: TempCore
beforeEach(() => {
  temp = openTempCore()
})
afterEach(() => temp.cleanup())

describe('dispatch', () => {
  it('runs the handler with the validated, defaulted input and answers ok', async () => {
    const created = await dispatch(temp.core.handlers, 'reps.create', { name: '  Dana Ortiz  ' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Dana Ortiz', archived: false } })
    // `includeArchived` is defaulted by the contract; no input at all counts as {}.
    expect(await dispatch(temp.core.handlers, 'reps.list', undefined)).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
  })

  it('answers INVALID_INPUT with the first bad field and every issue, without calling the handler', async () => {
    const result = await dispatch(temp.core.handlers, 'calls.create', { repId: '', date: '2026-02-30', dealValue: 'lots' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'repId: Choose the rep this is with',
        issues: [
          { path: 'repId', message: 'Choose the rep this is with' },
          { path: 'date', message: 'That date does not exist' },
          { path: 'dealValue', message: 'Enter an amount' },
        ],
      },
    })
    expect(await dispatch(temp.core.handlers, 'calls.list', {})).toMatchObject({ ok: true, value: { total: 0 } })
  })

  it('refuses unknown fields where the contract is strict', async () => {
    expect(await dispatch(temp.core.handlers, 'settings.get', { everything: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })

  it('answers NOT_FOUND for an operation the contract does not have', async () => {
    expect(await dispatch(temp.core.handlers, 'reps.drop', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Unknown operation "reps.drop"' },
    })
    expect(await dispatch(temp.core.handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('turns a failure thrown by the core into its code, and anything else into INTERNAL', async () => {
    expect(await dispatch(temp.core.handlers, 'reps.get', { id: 'ghost' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No rep with id "ghost"' },
    })
    const broken: Handlers = {
      ...temp.core.handlers,
      app: {
        info: () => {
          throw new TypeError('boom')
        },
      },
    }
    const reports: UnexpectedError[] = []
    const answer = await dispatch(broken, 'app.info', {}, { reportUnexpected: (report) => reports.push(report) })
    // The user reads a sentence with an id; the log gets the id, the operation and the error itself.
    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/^Coachbook ran into an unexpected problem.*\(error ([A-Z2-9]{8})\)/) as string } })
    expect(JSON.stringify(answer)).not.toContain('boom')
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ channel: 'app.info', error: expect.any(TypeError) as unknown })
    expect(answer.ok ? '' : answer.error.message).toContain(`(error ${reports[0]?.id})`)
    const rejecting: Handlers = { ...temp.core.handlers, app: { info: () => Promise.reject(new AppFailure('IO_FAILURE', 'disk')) } }
    expect(await dispatch(rejecting, 'app.info', {})).toEqual({ ok: false, error: { code: 'IO_FAILURE', message: 'disk' } })
  })
})

describe('toFail', () => {
  it('keeps the issues of an AppFailure and words a thrown string', () => {
    expect(toFail(new AppFailure('INVALID_INPUT', 'bad', [{ path: 'a', message: 'b' }]))).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'bad', issues: [{ path: 'a', message: 'b' }] },
    })
    const plain = toFail('plain')
    expect(plain).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(plain.error.message).not.toContain('plain')
  })

  it('still answers when the log itself throws', () => {
    const answer = toFail(new Error('x'), {
      reportUnexpected: () => {
        throw new Error('disk full')
      },
    })
    expect(answer.error.code).toBe('INTERNAL')
  })
})

/** A rich-text document whose blocks nest `levels` deep (blockquote in blockquote…). */
function nestedDoc(levels: number): unknown {
  let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let i = 1; i < levels - 1; i++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('dispatch on hostile input', () => {
  const session = (notes: unknown) => ({ repId: 'r1', date: '2026-03-02', kind: 'drill', notes })

  it('refuses input nested past the limit before any schema walks it, whatever the depth', async () => {
    for (const depth of [INPUT_MAX_DEPTH + 1, 1_000, 100_000]) {
      let deep: unknown = 'x'
      for (let i = 0; i < depth; i++) deep = [deep]
      const answer = await dispatch(temp.core.handlers, 'reps.create', { name: deep })
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/nests more than \d+ levels/) as string } })
    }
  })

  it('holds rich text to one depth, and lets a document at the limit through', async () => {
    const rep = await dispatch(temp.core.handlers, 'reps.create', { name: 'Dana' })
    const repId = rep.ok ? (rep.value as { id: string }).id : ''
    const at = await dispatch(temp.core.handlers, 'sessions.create', { ...session(nestedDoc(RICH_TEXT_MAX_DEPTH)), repId })
    expect(at).toMatchObject({ ok: true })
    const over = await dispatch(temp.core.handlers, 'sessions.create', { ...session(nestedDoc(RICH_TEXT_MAX_DEPTH + 1)), repId })
    expect(over).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/notes: .*more than 32 levels/) as string } })
    // 700 levels used to overflow the recursive schema's stack: now a plain refusal.
    const deep = await dispatch(temp.core.handlers, 'sessions.create', { ...session(nestedDoc(700)), repId })
    expect(deep).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refuses a __proto__ key and values that are not plain data', async () => {
    const proto = JSON.parse('{"name":"Dana","__proto__":{"admin":true}}') as unknown
    expect(await dispatch(temp.core.handlers, 'reps.create', proto)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '__proto__: A field cannot be named "__proto__"' },
    })
    expect(await dispatch(temp.core.handlers, 'reps.create', { name: new Date() })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dispatch(temp.core.handlers, 'calls.list', { limit: Number.NaN })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const cyclic: Record<string, unknown> = { name: 'x' }
    cyclic['self'] = cyclic
    expect(await dispatch(temp.core.handlers, 'reps.create', cyclic)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refuses NUL and other control characters by name instead of failing in SQLite', async () => {
    expect(await dispatch(temp.core.handlers, 'reps.create', { name: '\u0000abc' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'name: Remove the NUL character (U+0000) from this text', issues: [{ path: 'name', message: 'Remove the NUL character (U+0000) from this text' }] },
    })
    expect(await dispatch(temp.core.handlers, 'reps.create', { name: 'Dana\u001b[31m' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'name: Remove the invisible control character (U+001B) from this text' },
    })
    expect(await dispatch(temp.core.handlers, 'reps.create', { name: 'Dana \ud83d' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dispatch(temp.core.handlers, 'reps.create', { name: 'Zoë 😀\tand a tab' })).toMatchObject({ ok: true })
  })

  it('validates days before a period is measured, and bounds the period', async () => {
    for (const channel of ['insights.metrics', 'insights.charts', 'exports.metricsCsv', 'print.report'] as const) {
      const input = { from: '2026-01-01', to: '2026-1-1', ...(channel === 'exports.metricsCsv' ? { by: 'month' } : {}) }
      expect(await dispatch(temp.core.handlers, channel, input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'to: Use a date in the form YYYY-MM-DD' },
      })
      const long = { ...input, from: '1950-01-01', to: '2026-01-01' }
      expect(await dispatch(temp.core.handlers, channel, long)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringContaining(`at most ${MAX_PERIOD_YEARS} years`) as string },
      })
    }
  })

  it('bounds a print period completed from today, too', async () => {
    const rep = await dispatch(temp.core.handlers, 'reps.create', { name: 'Dana' })
    const repId = rep.ok ? (rep.value as { id: string }).id : ''
    expect(await dispatch(temp.core.handlers, 'print.repSheet', { repId, from: '1901-01-01', today: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining(`at most ${MAX_PERIOD_YEARS} years`) as string },
    })
    expect(await dispatch(temp.core.handlers, 'print.repSheet', { repId, from: '2026-01-01', to: '9999-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })

  it('answers a channel that is not a string, or names no operation, as NOT_FOUND', async () => {
    expect(await dispatch(temp.core.handlers, 42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const odd = await dispatch(temp.core.handlers, `x\u001b[2J${'y'.repeat(500)}`, {})
    expect(odd).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(odd.ok ? '' : odd.error.message).not.toContain('\u001b')
    expect((odd.ok ? '' : odd.error.message).length).toBeLessThan(120)
  })

  it("answers BUSY for SQLite's lock errors, whatever their extended code, and nothing else", () => {
    const sqlite = (code: string) => Object.assign(new Error('database is locked'), { code })
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']) {
      expect(toFail(sqlite(code)), code).toEqual({ ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } })
    }
    for (const code of ['SQLITE_BUSYNESS', 'SQLITE_CORRUPT', 'EBUSY']) expect(toFail(sqlite(code)).error.code, code).toBe('INTERNAL')
  })

  it('answers DISK_FULL, unlogged, for a write the disk had no room for, from SQLite or from Node', () => {
    const reported: UnexpectedError[] = []
    const reportUnexpected = (report: UnexpectedError) => reported.push(report)
    for (const error of [Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })]) {
      expect(toFail(error, { reportUnexpected })).toEqual({ ok: false, error: { code: 'DISK_FULL', message: DISK_FULL_MESSAGE } })
    }
    expect(reported).toEqual([])
    expect(toFail(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }), { reportUnexpected }).error.code).toBe('INTERNAL')
    expect(reported).toHaveLength(1)
  })
})
