import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { detectDelimiter, unguardCell } from '../../../../../../electron/core/services/exchange/csvRead'
import { guardCell } from '../../../../../../electron/core/services/exchange/csvWrite'
import { headersSignature, suggestMapping } from '../../../../../../electron/core/services/exchange/csvMapping'
import { readDate, readMoney, readOutcome, readRole, readStage, readTime } from '../../../../../../electron/core/services/exchange/csvValues'
import { csvCallId } from '../../../../../../electron/core/services/exchange/ids'

const value = <T>(read: { ok: true; value: T } | { ok: false; message: string }) => (read.ok ? read.value : `!${read.message}`)

describe('CSV cell readers', () => {
  it('reads times in 24- and 12-hour forms', () => {
    expect(['14:30', '9:05', '14:30:59', '2:30 PM', '2:30pm', '12:00 AM', '12:15 p.m.', ''].map((t) => value(readTime(t)))).toEqual([
      '14:30', '09:05', '14:30', '14:30', '14:30', '00:00', '12:15', null,
    ])
    for (const bad of ['24:00', '13:00 PM', '0:00 AM', '1430', 'noon']) expect(readTime(bad).ok, bad).toBe(false)
  })

  it('reads a day with a time after it, and refuses days that do not exist', () => {
    expect(value(readDate('2026-11-02 14:30', 'YYYY-MM-DD'))).toEqual({ date: '2026-11-02', time: '14:30' })
    expect(value(readDate('2026-11-02T09:15:00Z', 'YYYY-MM-DD'))).toEqual({ date: '2026-11-02', time: '09:15' })
    expect(value(readDate('11/2/2026 2:30 PM', 'MM/DD/YYYY'))).toEqual({ date: '2026-11-02', time: '14:30' })
    expect(value(readDate('2.11.2026', 'DD/MM/YYYY'))).toEqual({ date: '2026-11-02', time: null })
    expect(value(readDate('2026-2-3', 'DD/MM/YYYY'))).toEqual({ date: '2026-02-03', time: null })
    expect(readDate('2026-02-29', 'YYYY-MM-DD').ok).toBe(false)
    expect(readDate('29/02/2026', 'DD/MM/YYYY').ok).toBe(false)
    expect(readDate('13/01/2026', 'MM/DD/YYYY').ok).toBe(false)
    expect(readDate('1/1/26', 'MM/DD/YYYY').ok).toBe(false)
  })

  it('reads money and refuses what is not an amount', () => {
    expect(value(readMoney('1 234 567,89 €', true))).toBe(1234567.89)
    expect(value(readMoney('£1,000', false))).toBe(1000)
    expect(value(readMoney('1000.5', false))).toBe(1000.5)
    expect(value(readMoney('R$ 1.500,00', true))).toBe(1500)
    expect(value(readMoney('2500 kr.', false))).toBe(2500)
    for (const bad of ['12,34', 'about 40k', '40k', '1.2.3', '$', '(500)', '42 apples']) expect(readMoney(bad, false).ok, bad).toBe(false)
  })

  it('matches enum keys and labels', () => {
    expect(value(readStage('Negotiation'))).toBe('negotiation')
    expect(value(readRole('Visiting Dignitary'))).toBe('visiting_dignitary')
    expect(value(readRole('DEPTH-AND-BREADTH'))).toBe('depth_and_breadth')
    expect(value(readOutcome('Continued (no concrete step)'))).toBe('continued')
    expect(value(readOutcome('no_decision'))).toBe('no_decision')
    expect(readOutcome('maybe').ok).toBe(false)
  })
})

describe('reading the file', () => {
  it('detects the delimiter on the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2;3;4')).toBe(';')
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',')
    expect(detectDelimiter('a\tb\tc')).toBe('\t')
    expect(detectDelimiter('single')).toBe(',')
  })

  it("takes off the ' Coachbook's export put before formula-like cells, and nothing else", () => {
    expect(unguardCell("'=SUM(A1)")).toBe('=SUM(A1)')
    expect(unguardCell("'-5")).toBe('-5')
    expect(unguardCell("'quoted'")).toBe("'quoted'")
    // The export guards text that already starts with apostrophes before a formula character too.
    expect(guardCell("'=x")).toBe("''=x")
    expect(unguardCell("''=x")).toBe("'=x")
  })

  it('undoes the guard exactly, whatever the text', () => {
    const text = fc.oneof(fc.string(), fc.stringMatching(/^'{0,3}[=+\-@\t\r'a]{0,4}.{0,4}$/))
    fc.assert(
      fc.property(text, (value) => {
        expect(unguardCell(guardCell(value))).toBe(value)
        // A guarded cell never starts like a formula to a spreadsheet.
        expect(guardCell(value)).not.toMatch(/^[=+\-@\t\r]/)
      }),
      { seed: 11, numRuns: 2000 },
    )
  })
})

describe('mapping and ids', () => {
  it('guesses common CRM headers and never uses a column twice', () => {
    expect(suggestMapping(['Close Date', 'Account Executive', 'Account Name', 'Deal Value', 'Deal Stage', 'Result'])).toEqual({
      date: 'Close Date', rep: 'Account Executive', account: 'Account Name', dealValue: 'Deal Value', stage: 'Deal Stage', outcome: 'Result',
    })
    expect(suggestMapping(['Foo', 'Bar'])).toEqual({})
  })

  it('gives the same signature to the same headers in any order, case or spacing', () => {
    expect(headersSignature(['Date', 'Rep Name'])).toBe(headersSignature(['rep_name', ' DATE ']))
    expect(headersSignature(['Date', 'Rep'])).not.toBe(headersSignature(['Date', 'Rep', 'Account']))
  })

  it('derives a call id from rep, day, time, account and opportunity, ignoring case and spacing', () => {
    const base = { repName: 'Dana Ortiz', date: '2026-11-02', time: '10:00', account: 'Acme', opportunity: null }
    expect(csvCallId(base)).toMatch(/^csv-[0-9a-f]{32}$/)
    expect(csvCallId({ ...base, repName: 'dana  ORTIZ', account: ' acme ' })).toBe(csvCallId(base))
    expect(csvCallId({ ...base, time: null })).not.toBe(csvCallId(base))
    expect(csvCallId({ ...base, opportunity: 'Renewal' })).not.toBe(csvCallId(base))
  })
})
