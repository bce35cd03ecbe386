import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { CALLS_CSV_COLUMNS } from '../../../../../../electron/core/services/exchange'
import { guardCell } from '../../../../../../electron/core/services/exchange/csvWrite'
import type { JournalFile } from '../../../../../../shared/journalFile'
import { richTextToPlainText } from '../../../../../../shared/richText'
import { effectiveStakes } from '../../../../../../shared/stakes'
import { invoke, invokeResult, openFixtureCore, openTempCore, readFixture, type TempCore } from '../../../../../helpers/tempJournal'

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
async function fixtureCore() {
  const temp = await openFixtureCore()
  temps.push(temp)
  return temp.core
}

/** Reads the CSV back the way a spreadsheet or script would: csv-parse, BOM removed, one object per row. */
function readBack(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { bom: true, columns: true })
}

describe('exports.callsCsv', () => {
  it('writes the documented columns in order, UTF-8 with a BOM and CRLF line endings', async () => {
    const core = await fixtureCore()
    const { filename, text } = await invoke(core, 'exports.callsCsv', {})
    expect(filename).toMatch(/^coachbook-calls-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.charCodeAt(1)).not.toBe(0xfeff)
    expect([...CALLS_CSV_COLUMNS]).toEqual([
      'date', 'time', 'rep', 'account', 'opportunity', 'deal_value', 'currency', 'stage', 'stakes', 'stakes_source',
      'cancelled', 'planned_role', 'purpose', 'intervention_rule', 'actual_role', 'outcome', 'rescue', 'asks', 'tells', 'root_cause', 'lesson', 'skill_to_drill', 'drill_type',
      'drill_reps', 'rep_self_assessment', 'shared_notes', 'call_id', 'rep_id',
    ])
    const firstLine = text.slice(1, text.indexOf('\r\n'))
    expect(firstLine).toBe(CALLS_CSV_COLUMNS.join(','))
    // Every record ends with CRLF; no bare LF ends a record (line breaks inside quoted cells aside).
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '""')
    expect(outsideQuotes.endsWith('\r\n')).toBe(true)
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(outsideQuotes.split('\r\n').length - 1, 'a header and 12 calls').toBe(13)
  })

  it('reads back row by row equal to the journal, cancelled calls included', async () => {
    const core = await fixtureCore()
    const journal = await invoke(core, 'journal.export', {})
    const rows = readBack((await invoke(core, 'exports.callsCsv', {})).text)
    expect(rows).toHaveLength(journal.calls.length)
    const reps = new Map(journal.reps.map((rep) => [rep.id, rep]))
    const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : guardCell(String(value)))
    const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? '' : value ? 'yes' : 'no')
    journal.calls.forEach((call, index) => {
      const { prebrief: p, debrief: d } = call
      expect(rows[index], `row ${index + 1} (${call.id})`).toEqual({
        date: call.date,
        time: cell(call.time),
        rep: reps.get(call.repId)?.name,
        account: cell(call.account),
        opportunity: cell(call.opportunity),
        deal_value: cell(call.dealValue),
        currency: journal.settings.currency,
        stage: cell(call.stage),
        stakes: effectiveStakes(call, journal.settings.interstateThreshold),
        stakes_source: call.stakes === null ? 'derived' : 'explicit',
        cancelled: yesNo(call.cancelled),
        planned_role: cell(p?.plannedRole),
        purpose: cell(p?.purpose),
        intervention_rule: cell(p?.interventionRule),
        actual_role: cell(d?.actualRole),
        outcome: cell(d?.outcome),
        rescue: d ? yesNo(d.actualRole === 'crutch') : '',
        asks: cell(d?.asks),
        tells: cell(d?.tells),
        root_cause: cell(d?.rootCause),
        lesson: cell(d?.lesson),
        skill_to_drill: cell(d?.skillToDrill),
        drill_type: cell(d?.drillType),
        drill_reps: cell(d?.drillReps),
        rep_self_assessment: cell(richTextToPlainText(d?.repSelfAssessment)),
        shared_notes: cell(richTextToPlainText(d?.notes)),
        call_id: call.id,
        rep_id: call.repId,
      })
    })
    // The fixture has what the comparison must cover.
    expect(rows.some((row) => row['cancelled'] === 'yes')).toBe(true)
    expect(rows.some((row) => row['stakes_source'] === 'explicit')).toBe(true)
    expect(rows.some((row) => row['rescue'] === 'yes')).toBe(true)
    expect(rows.some((row) => row['shared_notes'] !== '')).toBe(true)
    expect(rows.find((row) => row['call_id'] === 'call-03')?.['stakes']).toBe('interstate')
  })

  it('keeps accented names and line breaks inside notes intact', async () => {
    const temp = openTempCore()
    temps.push(temp)
    const rep = await invoke(temp.core, 'reps.create', { name: 'Zoë Ångström-Müller' })
    const call = await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-03-02', account: 'Société Générale, Paris' })
    await invoke(temp.core, 'debriefs.save', {
      callId: call.id,
      debrief: {
        actualRole: 'technical_expert',
        notes: { type: 'doc', content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'First "quoted" line' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Second line' }] },
        ] },
      },
    })
    const [row] = readBack((await invoke(temp.core, 'exports.callsCsv', {})).text)
    expect(row?.['rep']).toBe('Zoë Ångström-Müller')
    expect(row?.['account']).toBe('Société Générale, Paris')
    expect(row?.['shared_notes']).toBe('First "quoted" line\nSecond line')
    expect(row?.['rescue']).toBe('no')
  })

  it("guards cells a spreadsheet would run as formulas with a leading '", async () => {
    const temp = openTempCore()
    temps.push(temp)
    const danger = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTabbed', '\rReturn']
    // A journal file keeps text as written (the forms trim it), so every case can be planted.
    const file = {
      format: 'coachbook',
      version: 1,
      reps: [{ id: 'r1', name: '@Dana' }],
      calls: danger.map((account, i) => ({ id: `c${i}`, repId: 'r1', date: `2026-03-0${i + 1}`, account })),
    }
    await invoke(temp.core, 'journal.import', { text: JSON.stringify(file) })
    const rows = readBack((await invoke(temp.core, 'exports.callsCsv', {})).text)
    expect(rows.map((row) => row['account'])).toEqual(danger.map((value) => `'${value}`))
    expect(rows.every((row) => row['rep'] === "'@Dana")).toBe(true)
    expect(guardCell('Acme = good')).toBe('Acme = good')
    expect(guardCell('')).toBe('')
  })

  it('filters by period and rep, and names the period in the file name', async () => {
    const core = await fixtureCore()
    const { filename, text } = await invoke(core, 'exports.callsCsv', { from: '2026-11-01', to: '2026-11-30', repId: 'rep-dana' })
    expect(filename).toBe('coachbook-calls-2026-11-01-to-2026-11-30.csv')
    expect(readBack(text).map((row) => row['call_id'])).toEqual(['call-07', 'call-11'])
    const missing = await invokeResult(core, 'exports.callsCsv', { repId: 'nobody' })
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
  })

  it('writes only the header for an empty journal', async () => {
    const temp = openTempCore()
    temps.push(temp)
    const { text } = await invoke(temp.core, 'exports.callsCsv', {})
    expect(text).toBe(`\uFEFF${CALLS_CSV_COLUMNS.join(',')}\r\n`)
  })
})

describe('private notes stay private', () => {
  it('a word planted in private notes is in the full JSON backup and in no other export', async () => {
    const marker = 'zqxprivatemarker'
    const file = JSON.parse(readFixture()) as JournalFile
    const call = file.calls.find((c) => c.id === 'call-07')
    if (!call?.debrief) throw new Error('the fixture changed: call-07 has no debrief')
    call.debrief.privateNotes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `I was afraid ${marker}` }] }] }
    const temp = openTempCore()
    temps.push(temp)
    await invoke(temp.core, 'journal.import', { text: JSON.stringify(file) })

    expect(JSON.stringify(await invoke(temp.core, 'journal.export', {}))).toContain(marker)
    const period = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-23' }
    const exports = [
      await invoke(temp.core, 'exports.callsCsv', {}),
      await invoke(temp.core, 'exports.callsCsv', { repId: 'rep-dana' }),
      await invoke(temp.core, 'exports.metricsCsv', { ...period, by: 'month' }),
      await invoke(temp.core, 'exports.metricsCsv', { ...period, by: 'week' }),
      await invoke(temp.core, 'exports.metricsCsv', { ...period, by: 'rep' }),
    ]
    for (const exported of exports) expect(exported.text.toLowerCase(), exported.filename).not.toContain(marker)
    // The call itself is exported, with its shareable notes.
    const row = readBack(exports[0]?.text ?? '').find((r) => r['call_id'] === 'call-07')
    expect(row?.['shared_notes']).not.toBe('')
  })
})
