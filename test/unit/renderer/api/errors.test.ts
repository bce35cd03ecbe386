import { describe, expect, it } from 'vitest'
import { ApiError, mapFieldErrors, unwrap } from '../../../../renderer/src/api/errors'
import { fail, ok } from '../../../../shared/result'

const FIELDS = ['name', 'title', 'startedOn', 'leads'] as const

describe('unwrap', () => {
  it('hands back the value of a successful Result', async () => {
    await expect(unwrap(Promise.resolve(ok(42)))).resolves.toBe(42)
  })

  it('throws a failed Result as an ApiError carrying code, message and issues', async () => {
    const error = await unwrap(Promise.resolve(fail('INVALID_INPUT', 'name: A name is required', [{ path: 'name', message: 'A name is required' }]))).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: 'name: A name is required', issues: [{ path: 'name', message: 'A name is required' }] })
  })
})

describe('mapFieldErrors', () => {
  it('gives nothing to show when there is no error', () => {
    expect(mapFieldErrors(null, FIELDS)).toEqual({ fieldErrors: {}, formError: null })
  })

  it('puts each issue next to its field, keeping the first message per field', () => {
    const error = new ApiError({
      code: 'INVALID_INPUT',
      message: 'name: A name is required',
      issues: [
        { path: 'name', message: 'A name is required' },
        { path: 'name', message: 'Keep the name under 120 characters' },
        { path: 'startedOn', message: 'That date does not exist' },
      ],
    })
    expect(mapFieldErrors(error, FIELDS)).toEqual({
      fieldErrors: { name: 'A name is required', startedOn: 'That date does not exist' },
      formError: null,
    })
  })

  it('gives a nested path to the field that contains it', () => {
    const error = new ApiError({ code: 'INVALID_INPUT', message: 'x', issues: [{ path: 'leads.opening', message: 'Too long' }] })
    expect(mapFieldErrors(error, FIELDS).fieldErrors).toEqual({ leads: 'Too long' })
  })

  it('does not confuse a field with another that shares its prefix', () => {
    const error = new ApiError({ code: 'INVALID_INPUT', message: 'x', issues: [{ path: 'titleCase', message: 'Odd' }] })
    expect(mapFieldErrors(error, FIELDS)).toEqual({ fieldErrors: {}, formError: 'titleCase: Odd' })
  })

  it('shows the message of an error without issues for the whole form', () => {
    const error = new ApiError({ code: 'NOT_FOUND', message: 'That rep is not in the journal' })
    expect(mapFieldErrors(error, FIELDS)).toEqual({ fieldErrors: {}, formError: 'That rep is not in the journal' })
  })

  it('shows issues no field can hold for the whole form, next to the ones it can', () => {
    const error = new ApiError({
      code: 'INVALID_INPUT',
      message: 'x',
      issues: [
        { path: 'name', message: 'A name is required' },
        { path: '', message: 'Something about the whole thing' },
      ],
    })
    expect(mapFieldErrors(error, FIELDS)).toEqual({ fieldErrors: { name: 'A name is required' }, formError: 'Something about the whole thing' })
  })

  it('shows a plain Error by its message', () => {
    expect(mapFieldErrors(new Error('boom'), FIELDS)).toEqual({ fieldErrors: {}, formError: 'boom' })
  })
})
