import { describe, expect, it } from 'vitest'
import { callTitle, callToForm, emptyCallForm, formToCallInput } from '../../../../../renderer/src/features/calls/callForm'
import type { Call } from '../../../../../shared/entities'

const call: Call = {
  id: 'c1',
  repId: 'r1',
  date: '2026-11-02',
  time: '14:30',
  account: 'Acme Corp',
  opportunity: null,
  dealValue: 42000,
  stage: 'proposal',
  stakes: null,
  cancelled: false,
}

describe('the call form', () => {
  it('starts on today with automatic stakes and the given rep', () => {
    expect(emptyCallForm('2026-11-23', 'r9')).toEqual({
      repId: 'r9',
      date: '2026-11-23',
      time: '',
      account: '',
      opportunity: '',
      dealValue: '',
      stage: '',
      stakes: 'auto',
    })
  })

  it('turns blanks into nulls, "auto" into no explicit stakes and the amount into a number', () => {
    const values = { ...emptyCallForm('2026-11-23', 'r1'), account: ' Acme ', dealValue: '$42,000', stakes: 'auto' as const }
    expect(formToCallInput(values)).toEqual({
      ok: true,
      input: { repId: 'r1', date: '2026-11-23', time: null, account: ' Acme ', opportunity: null, dealValue: 42000, stage: null, stakes: null },
    })
  })

  it('keeps explicit stakes and the stage', () => {
    const result = formToCallInput({ ...emptyCallForm('2026-11-23', 'r1'), stakes: 'interstate', stage: 'close' })
    expect(result.ok && [result.input.stakes, result.input.stage]).toEqual(['interstate', 'close'])
  })

  it('stops at a deal value that is not a number, naming the field', () => {
    expect(formToCallInput({ ...emptyCallForm('2026-11-23', 'r1'), dealValue: 'lots' })).toEqual({
      ok: false,
      fieldErrors: { dealValue: expect.stringMatching(/number/) as string },
    })
  })

  it('round-trips a stored call through the form', () => {
    const result = formToCallInput(callToForm(call))
    expect(result).toEqual({
      ok: true,
      input: { repId: 'r1', date: '2026-11-02', time: '14:30', account: 'Acme Corp', opportunity: null, dealValue: 42000, stage: 'proposal', stakes: null },
    })
  })

  it('names a call by account and opportunity, whichever are known', () => {
    expect(callTitle({ account: 'Acme', opportunity: 'Renewal' })).toBe('Acme — Renewal')
    expect(callTitle({ account: null, opportunity: 'Renewal' })).toBe('Renewal')
    expect(callTitle({ account: null, opportunity: null })).toBe('Untitled call')
  })
})
