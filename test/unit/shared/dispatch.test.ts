import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../../../shared/contract'
import { BUSY_MESSAGE, dispatch, toFail } from '../../../shared/dispatch'
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
        message: 'repId: An id cannot be empty',
        issues: [
          { path: 'repId', message: 'An id cannot be empty' },
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
    expect(await dispatch(broken, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong: boom' },
    })
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
    expect(toFail('plain')).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong: plain' } })
  })

  it("answers BUSY for SQLite's lock errors, whatever their extended code, and nothing else", () => {
    const sqlite = (code: string) => Object.assign(new Error('database is locked'), { code })
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']) {
      expect(toFail(sqlite(code)), code).toEqual({ ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } })
    }
    for (const code of ['SQLITE_BUSYNESS', 'SQLITE_CORRUPT', 'EBUSY']) expect(toFail(sqlite(code)).error.code, code).toBe('INTERNAL')
  })
})
