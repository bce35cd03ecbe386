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
      input: { repId: 'r1', date: '2026-11-23', kind: 'drill', skill: null, minutes: 45, notes: null },
    })
  })

  it('writes minutes the way people say them', () => {
    expect(formatMinutes(null)).toBe('—')
    expect(formatMinutes(20)).toBe('20 min')
    expect(formatMinutes(60)).toBe('1 h')
    expect(formatMinutes(95)).toBe('1 h 35 min')
  })
})
