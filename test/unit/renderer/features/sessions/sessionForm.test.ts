import { describe, expect, it } from 'vitest'
import { emptySessionForm, formatMinutes, formToSessionInput } from '../../../../../renderer/src/features/sessions/sessionForm'

describe('the session form', () => {
  it('asks for the rep, the day and the kind before anything else', () => {
    const result = formToSessionInput({ ...emptySessionForm(''), minutes: '' })
    expect(result).toEqual({
      ok: false,
      fieldErrors: { repId: 'Choose the rep you coached', date: 'Enter the day of the session', kind: 'Choose what kind of session it was' },
    })
  })

  it('takes whole minutes only, and no more than a day', () => {
    const base = { ...emptySessionForm('2026-11-23', 'r1'), kind: 'drill' as const }
    expect(formToSessionInput({ ...base, minutes: '2.5' })).toEqual({ ok: false, fieldErrors: { minutes: 'Enter whole minutes, such as 20' } })
    expect(formToSessionInput({ ...base, minutes: 'ten' })).toEqual({ ok: false, fieldErrors: { minutes: 'Enter whole minutes, such as 20' } })
    expect(formToSessionInput({ ...base, minutes: '1441' })).toEqual({ ok: false, fieldErrors: { minutes: 'A session cannot last more than a day' } })
    expect(formToSessionInput({ ...base, minutes: ' 45 ', skill: '  ' })).toEqual({
      ok: true,
      input: { repId: 'r1', date: '2026-11-23', kind: 'drill', skill: null, minutes: 45, asks: null, tells: null, rootCause: null, rootCauseNote: null, notes: null },
    })
  })

  it('takes the tallies of a challenge as whole counts, with its root cause and note', () => {
    const base = { ...emptySessionForm('2026-11-23', 'r1'), kind: 'one_on_one' as const }
    expect(formToSessionInput({ ...base, asks: '3', tells: 'x' })).toEqual({ ok: false, fieldErrors: { tells: 'Enter a whole number from 0 to 999' } })
    expect(formToSessionInput({ ...base, asks: '1000' })).toEqual({ ok: false, fieldErrors: { asks: 'Enter a whole number from 0 to 999' } })
    expect(formToSessionInput({ ...base, asks: ' 3 ', tells: '0', rootCause: 'delivery', rootCauseNote: '  ' })).toMatchObject({
      ok: true,
      input: { asks: 3, tells: 0, rootCause: 'delivery', rootCauseNote: null },
    })
  })

  it('writes minutes the way people say them', () => {
    expect(formatMinutes(null)).toBe('—')
    expect(formatMinutes(20)).toBe('20 min')
    expect(formatMinutes(60)).toBe('1 h')
    expect(formatMinutes(95)).toBe('1 h 35 min')
  })
})
