import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../../../electron/core'
import type { CsvMapping } from '../../../../../../shared/exchange'
import { invoke, invokeResult, openFixtureCore, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})
function emptyCore(): Core {
  const temp = openTempCore()
  temps.push(temp)
  return temp.core
}
async function fixtureCore(): Promise<Core> {
  const temp = await openFixtureCore()
  temps.push(temp)
  return temp.core
}

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
const counts = (core: Core) => ({
  reps: count(core.db, 'reps'),
  calls: count(core.db, 'calls'),
  prebriefs: count(core.db, 'prebriefs'),
  debriefs: count(core.db, 'debriefs'),
  mappings: count(core.db, 'import_mappings'),
})

/** A CRM activity export: its own header names, US dates, money with symbols. */
const CRM = [
  'Activity Date,Start Time,Owner,Company,Opportunity Name,Amount,Stage,Notes',
  '11/02/2026,2:30 PM,Dana Ortiz,Acme Corp,Fleet renewal,"$42,000.00",Proposal,first',
  '11/03/2026,09:00,Jamie Fox,Globex,Platform,"$480,000",negotiation,second',
  '11/04/2026,,jamie fox,Initech,,9500,,third',
].join('\r\n')

const CRM_MAPPING: CsvMapping = {
  date: 'Activity Date',
  time: 'Start Time',
  rep: 'Owner',
  account: 'Company',
  opportunity: 'Opportunity Name',
  dealValue: 'Amount',
  stage: 'Stage',
}

describe('imports.csvPreview', () => {
  it('suggests a mapping from the header names and previews the rows without writing anything', async () => {
    const core = await fixtureCore()
    const before = counts(core)
    const preview = await invoke(core, 'imports.csvPreview', { text: CRM, options: { dateFormat: 'MM/DD/YYYY' } })
    expect(preview.headers).toEqual(['Activity Date', 'Start Time', 'Owner', 'Company', 'Opportunity Name', 'Amount', 'Stage', 'Notes'])
    expect(preview.delimiter).toBe(',')
    expect(preview.suggestedMapping).toEqual(CRM_MAPPING)
    expect(preview.mapping).toEqual(CRM_MAPPING)
    expect(preview.savedMapping).toBeNull()
    expect(preview.rows).toBe(3)
    expect(preview.sampleRows[0]).toEqual(['11/02/2026', '2:30 PM', 'Dana Ortiz', 'Acme Corp', 'Fleet renewal', '$42,000.00', 'Proposal', 'first'])
    expect(preview.problems).toEqual([])
    expect(preview.willCreate).toEqual({ reps: ['Jamie Fox'], calls: 3 })
    expect(preview.calls).toEqual([
      {
        line: 2, date: '2026-11-02', time: '14:30', repName: 'Dana Ortiz', newRep: false, repId: 'rep-dana', account: 'Acme Corp',
        opportunity: 'Fleet renewal', dealValue: 42000, stage: 'proposal', plannedRole: null, actualRole: null, outcome: null,
        alreadyImported: false,
      },
      expect.objectContaining({ line: 3, date: '2026-11-03', time: '09:00', repName: 'Jamie Fox', newRep: true, dealValue: 480000, stage: 'negotiation' }),
      expect.objectContaining({ line: 4, date: '2026-11-04', time: null, repName: 'jamie fox', newRep: true, opportunity: null, stage: null }),
    ])
    expect(counts(core)).toEqual(before)
  })

  it('recognises the headers of Coachbook’s own calls CSV', async () => {
    const source = await fixtureCore()
    const { text } = await invoke(source, 'exports.callsCsv', {})
    const preview = await invoke(emptyCore(), 'imports.csvPreview', { text })
    expect(preview.suggestedMapping).toEqual({
      date: 'date', rep: 'rep', time: 'time', account: 'account', opportunity: 'opportunity', dealValue: 'deal_value',
      stage: 'stage', plannedRole: 'planned_role', actualRole: 'actual_role', outcome: 'outcome',
    })
  })

  it('reads the three date formats, and only the chosen slash format', async () => {
    const core = await fixtureCore()
    const text = 'Date,Rep\n2026-11-02,Dana Ortiz\n03/11/2026,Dana Ortiz\n3/1/2026,Dana Ortiz\n'
    const mapping = { date: 'Date', rep: 'Rep' }
    const days = async (dateFormat: 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'DD/MM/YYYY') => {
      const preview = await invoke(core, 'imports.csvPreview', { text, mapping, options: { dateFormat } })
      return { days: preview.calls.map((c) => c.date), problems: preview.problems }
    }
    expect(await days('MM/DD/YYYY')).toEqual({ days: ['2026-11-02', '2026-03-11', '2026-03-01'], problems: [] })
    expect(await days('DD/MM/YYYY')).toEqual({ days: ['2026-11-02', '2026-11-03', '2026-01-03'], problems: [] })
    const iso = await days('YYYY-MM-DD')
    expect(iso.days).toEqual(['2026-11-02'])
    expect(iso.problems).toEqual([
      { line: 3, column: 'Date', message: expect.stringMatching(/YYYY-MM-DD.*03\/11\/2026/) as string },
      { line: 4, column: 'Date', message: expect.stringMatching(/3\/1\/2026/) as string },
    ])
    const impossible = await invoke(core, 'imports.csvPreview', {
      text: 'Date,Rep\n02/30/2026,Dana Ortiz\n2026-02-29,Dana Ortiz\n',
      mapping,
      options: { dateFormat: 'MM/DD/YYYY' },
    })
    expect(impossible.problems.map((p) => [p.line, p.column])).toEqual([[2, 'Date'], [3, 'Date']])
  })

  it('reads deal values with currency signs, codes, thousands separators and a decimal comma', async () => {
    const core = await fixtureCore()
    const values = ['$42,000', '€ 1.234,50', '42 000 kr', 'USD 1,250.75', '9500', 'CHF 1’250', '']
    const text = ['Date;Rep;Value', ...values.map((v, i) => `2026-11-${String(i + 1).padStart(2, '0')};Dana Ortiz;${v}`)].join('\n')
    const mapping = { date: 'Date', rep: 'Rep', dealValue: 'Value' }
    const comma = await invoke(core, 'imports.csvPreview', { text, mapping, options: { decimalComma: true } })
    expect(comma.delimiter).toBe(';')
    // With a decimal comma, "$42,000" is forty-two and "USD 1,250.75" is not an amount.
    expect(comma.problems).toEqual([{ line: 5, column: 'Value', message: expect.stringContaining('not an amount') as string }])
    expect(comma.calls.map((c) => c.dealValue)).toEqual([42, 1234.5, 42000, 9500, 1250, null])
    const dot = await invoke(core, 'imports.csvPreview', { text, mapping })
    expect(dot.problems).toEqual([{ line: 3, column: 'Value', message: expect.stringContaining('decimal comma') as string }])
    expect(dot.calls.map((c) => c.dealValue)).toEqual([42000, 42000, 1250.75, 9500, 1250, null])
    const negative = await invoke(core, 'imports.csvPreview', { text: 'Date,Rep,Value\n2026-11-02,Dana Ortiz,-500\n', mapping })
    expect(negative.problems[0]?.message).toBe('A deal value cannot be negative')
  })

  it('matches stages, roles and outcomes by key or label, whatever the case', async () => {
    const core = await fixtureCore()
    const text = [
      'Date,Rep,Stage,Planned,Actual,Outcome',
      '2026-11-02,DANA ORTIZ,Negotiation,technical expert,Crutch,Advanced',
      '2026-11-03,dana ortiz,close,Visiting dignitary,depth_and_breadth,no decision',
    ].join('\n')
    const preview = await invoke(core, 'imports.csvPreview', {
      text,
      mapping: { date: 'Date', rep: 'Rep', stage: 'Stage', plannedRole: 'Planned', actualRole: 'Actual', outcome: 'Outcome' },
    })
    expect(preview.problems).toEqual([])
    expect(preview.willCreate.reps, 'an existing rep matched without regard to case').toEqual([])
    expect(preview.calls.map((c) => [c.stage, c.plannedRole, c.actualRole, c.outcome, c.newRep])).toEqual([
      ['negotiation', 'technical_expert', 'crutch', 'advanced', false],
      ['close', 'visiting_dignitary', 'depth_and_breadth', 'no_decision', false],
    ])
  })

  it('lists problems with their file line and column name, counting lines inside quoted cells', async () => {
    const core = await fixtureCore()
    const text = [
      'Date,Rep,Account,Stage,Outcome,Time',
      '2026-11-02,Dana Ortiz,"Acme,\nsecond line of the cell",proposal,,10:00', // lines 2–3
      '2026-11-31,Dana Ortiz,Globex,pitching,,10:00', // line 4: bad day and stage
      ',,Initech,,,', // line 5: no date, no rep
      '',
      '2026-11-05,Dana Ortiz,Hooli,demo,won,25:00', // line 7: outcome without a role, bad time
    ].join('\n')
    const preview = await invoke(core, 'imports.csvPreview', {
      text,
      mapping: { date: 'Date', rep: 'Rep', account: 'Account', stage: 'Stage', outcome: 'Outcome', time: 'Time' },
    })
    expect(preview.rows).toBe(4)
    expect(preview.problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'Date'],
      [4, 'Stage'],
      [5, 'Date'],
      [5, 'Rep'],
      [7, 'Time'],
      [7, 'Outcome'],
    ])
    expect(preview.problemCount).toBe(6)
    expect(preview.problems[1]?.message).toMatch(/"pitching" is not a stage; use one of discovery, demo/)
    expect(preview.calls.map((c) => [c.line, c.account])).toEqual([[2, 'Acme,\nsecond line of the cell']])
  })

  it('reports a mapping without date or rep, or naming a column the file lacks', async () => {
    const core = await fixtureCore()
    const preview = await invoke(core, 'imports.csvPreview', { text: CRM, mapping: { account: 'Customer' } })
    expect(preview.problems).toEqual([
      { line: null, column: null, message: 'Choose the column that holds the date' },
      { line: null, column: null, message: 'Choose the column that holds the rep name' },
      { line: null, column: 'Customer', message: 'The file has no column "Customer" (chosen for account)' },
    ])
  })

  it('refuses what is not a CSV it can read', async () => {
    const core = emptyCore()
    const empty = await invokeResult(core, 'imports.csvPreview', { text: '\uFEFF  \n' })
    expect(empty.ok ? null : empty.error.message).toBe('The file is empty')
    const unclosed = await invokeResult(core, 'imports.csvPreview', { text: 'Date,Rep\n2026-11-02,"Dana\n' })
    expect(unclosed.ok ? null : unclosed.error.message).toMatch(/quoted cell is never closed/)
  })

  it('refuses a binary file offered as a CSV with a sentence, instead of reading garbled columns', async () => {
    const core = emptyCore()
    // The first bytes of a PNG and of a spreadsheet (.xlsx is a zip), read as text the way the page reads a file.
    for (const text of ['\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml']) {
      const result = await invokeResult(core, 'imports.csvPreview', { text })
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/not plain text/) as string } })
    }
    expect(counts(core)).toMatchObject({ reps: 0, calls: 0 })
  })
})

describe('imports.csvApply', () => {
  it('creates the calls, new reps and briefs in one go', async () => {
    const core = await fixtureCore()
    const before = counts(core)
    const summary = await invoke(core, 'imports.csvApply', { text: CRM, mapping: CRM_MAPPING, options: { dateFormat: 'MM/DD/YYYY' } })
    expect(summary).toEqual({ created: { reps: 1, calls: 3, prebriefs: 0, debriefs: 0 }, alreadyImported: 0, duplicates: 0, savedMapping: null })
    expect(counts(core)).toEqual({ ...before, reps: before.reps + 1, calls: before.calls + 3 })
    const reps = await invoke(core, 'reps.list', {})
    const jamie = reps.find((r) => r.name === 'Jamie Fox')
    expect(jamie, 'the new rep takes the first spelling in the file').toBeDefined()
    const { items } = await invoke(core, 'calls.list', { from: '2026-11-02', to: '2026-11-04' })
    const imported = items.filter((c) => c.id.startsWith('csv-'))
    expect(imported.map((c) => [c.date, c.time, c.repName, c.account, c.dealValue, c.stage])).toEqual([
      ['2026-11-04', null, 'Jamie Fox', 'Initech', 9500, null],
      ['2026-11-03', '09:00', 'Jamie Fox', 'Globex', 480000, 'negotiation'],
      ['2026-11-02', '14:30', 'Dana Ortiz', 'Acme Corp', 42000, 'proposal'],
    ])
  })

  it('finds an existing rep whatever the accents and case: "Jose Alvarez" is José Álvarez', async () => {
    const core = emptyCore()
    const jose = await invoke(core, 'reps.create', { name: 'José Álvarez' })
    const text = ['Activity Date,Owner,Company', '11/02/2026,Jose Alvarez,Acme Corp', '11/03/2026,JOSÉ  ÁLVAREZ,Globex'].join('\n')
    const mapping: CsvMapping = { date: 'Activity Date', rep: 'Owner', account: 'Company' }
    const summary = await invoke(core, 'imports.csvApply', { text, mapping, options: { dateFormat: 'MM/DD/YYYY' } })
    expect(summary.created).toMatchObject({ reps: 0, calls: 2 })
    expect((await invoke(core, 'calls.list', {})).items.map((call) => call.repId)).toEqual([jose.id, jose.id])
  })

  it('imports the same CSV twice and adds nothing the second time', async () => {
    const core = await fixtureCore()
    const options = { dateFormat: 'MM/DD/YYYY' as const }
    await invoke(core, 'imports.csvApply', { text: CRM, mapping: CRM_MAPPING, options })
    const after = counts(core)
    const preview = await invoke(core, 'imports.csvPreview', { text: CRM, mapping: CRM_MAPPING, options })
    expect(preview.willCreate).toEqual({ reps: [], calls: 0 })
    expect(preview.alreadyImported).toBe(3)
    expect(preview.calls.every((c) => c.alreadyImported)).toBe(true)
    const again = await invoke(core, 'imports.csvApply', { text: CRM, mapping: CRM_MAPPING, options })
    expect(again.created).toEqual({ reps: 0, calls: 0, prebriefs: 0, debriefs: 0 })
    expect(again.alreadyImported).toBe(3)
    expect(counts(core)).toEqual(after)
  })

  it('leaves an imported call as it is when the file is imported again, debrief written since included', async () => {
    const core = await fixtureCore()
    const options = { dateFormat: 'MM/DD/YYYY' as const }
    await invoke(core, 'imports.csvApply', { text: CRM, mapping: CRM_MAPPING, options })
    const { items } = await invoke(core, 'calls.list', { from: '2026-11-03', to: '2026-11-03' })
    const globex = items.find((c) => c.account === 'Globex')
    if (!globex) throw new Error('the Globex call was not imported')
    await invoke(core, 'calls.update', { id: globex.id, opportunity: 'Renamed since', stakes: 'interstate' })
    await invoke(core, 'debriefs.save', { callId: globex.id, debrief: { actualRole: 'crutch', outcome: 'won' } })
    const before = await invoke(core, 'calls.get', { id: globex.id })
    await invoke(core, 'imports.csvApply', { text: CRM, mapping: CRM_MAPPING, options })
    expect(await invoke(core, 'calls.get', { id: globex.id })).toEqual(before)
  })

  it('counts a row repeated within the file once', async () => {
    const core = await fixtureCore()
    const text = 'Date,Rep,Account\n2026-11-02,Dana Ortiz,Acme\n2026-11-02,dana  ortiz, acme \n'
    const summary = await invoke(core, 'imports.csvApply', { text, mapping: { date: 'Date', rep: 'Rep', account: 'Account' } })
    expect(summary.created.calls).toBe(1)
    expect(summary.duplicates).toBe(1)
  })

  it('writes nothing when any row is bad, naming the first bad line and column', async () => {
    const core = await fixtureCore()
    const before = counts(core)
    const text = `${CRM}\r\n11/31/2026,,Dana Ortiz,Hooli,,,,\r\n11/05/2026,,Dana Ortiz,Hooli,,lots,,`
    const result = await invokeResult(core, 'imports.csvApply', {
      text,
      mapping: CRM_MAPPING,
      options: { dateFormat: 'MM/DD/YYYY' },
      saveMappingAs: 'CRM',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.message).toMatch(/^Line 5, column "Activity Date": .*11\/31\/2026.* \(and 1 more problem\)\. Nothing was imported\.$/)
    expect(result.error.issues).toEqual([
      { path: 'line 5, column "Activity Date"', message: expect.any(String) as string },
      { path: 'line 6, column "Amount"', message: expect.any(String) as string },
    ])
    expect(counts(core), 'not the good rows, not the new rep, not the mapping').toEqual(before)
  })

  it('saves a pre-brief for a planned role and a debrief for an actual role with its outcome', async () => {
    const core = await fixtureCore()
    const text = 'Date,Rep,Planned role,Actual role,Outcome\n2026-09-01,Priya Natarajan,technical_expert,crutch,lost\n2026-09-02,Priya Natarajan,,,\n'
    const summary = await invoke(core, 'imports.csvApply', {
      text,
      mapping: { date: 'Date', rep: 'Rep', plannedRole: 'Planned role', actualRole: 'Actual role', outcome: 'Outcome' },
    })
    expect(summary.created).toEqual({ reps: 0, calls: 2, prebriefs: 1, debriefs: 1 })
    const { items } = await invoke(core, 'calls.list', { from: '2026-09-01', to: '2026-09-01' })
    const detail = await invoke(core, 'calls.get', { id: items[0]?.id ?? '' })
    expect(detail.rep.id).toBe('rep-priya')
    expect(detail.prebrief?.plannedRole).toBe('technical_expert')
    expect(detail.debrief).toMatchObject({ actualRole: 'crutch', outcome: 'lost', privateNotes: null, completedAt: null })
  })

  it('keeps a leading apostrophe another program’s file holds, and reads Coachbook’s own guard back exactly', async () => {
    const foreign = ['Date,Rep,Account', "2026-11-02,Dana Ortiz,'=x", "2026-11-03,Dana Ortiz,'quoted'"].join('\r\n')
    const core = emptyCore()
    const preview = await invoke(core, 'imports.csvPreview', { text: foreign })
    expect(preview.calls.map((call) => call.account)).toEqual(["'=x", "'quoted'"])

    // Through Coachbook's own calls CSV: the guard comes off, a real apostrophe stays.
    const source = emptyCore()
    const rep = await invoke(source, 'reps.create', { name: 'Dana Ortiz' })
    for (const [i, account] of ["'=x", '=x', "''+1", "'plain"].entries()) {
      await invoke(source, 'calls.create', { repId: rep.id, date: `2026-11-0${i + 1}`, account })
    }
    const { text } = await invoke(source, 'exports.callsCsv', {})
    expect(text).toContain(",'''+1,")
    const target = emptyCore()
    const own = await invoke(target, 'imports.csvPreview', { text })
    expect(own.calls.map((call) => call.account)).toEqual(["'=x", '=x', "''+1", "'plain"])
  })

  it('takes invisible control characters out of the cells it reads', async () => {
    const core = emptyCore()
    const preview = await invoke(core, 'imports.csvPreview', { text: 'Date,Rep\u0007,Account\r\n2026-11-02,Dana\u0001 Ortiz,Ac\u001bme' })
    expect(preview.headers).toEqual(['Date', 'Rep', 'Account'])
    expect(preview.calls[0]).toMatchObject({ repName: 'Dana Ortiz', account: 'Acme' })
  })

  it('moves a journal’s calls through its own calls CSV into a new journal', async () => {
    const source = await fixtureCore()
    const { text } = await invoke(source, 'exports.callsCsv', {})
    const target = emptyCore()
    const preview = await invoke(target, 'imports.csvPreview', { text })
    expect(preview.problems).toEqual([])
    const summary = await invoke(target, 'imports.csvApply', { text, mapping: preview.mapping })
    expect(summary.created).toMatchObject({ reps: 3, calls: 12 })
    const before = (await invoke(source, 'calls.list', {})).items
    const after = (await invoke(target, 'calls.list', {})).items
    const shape = (c: (typeof before)[number]) => [c.date, c.time, c.repName, c.account, c.opportunity, c.dealValue, c.stage, c.plannedRole, c.actualRole, c.outcome]
    expect(after.map(shape).sort()).toEqual(before.map(shape).sort())
  })
})

describe('remembered mappings', () => {
  it('are saved with an import, listed, suggested for the same headers in any order or case, and deleted', async () => {
    const core = await fixtureCore()
    const options = { dateFormat: 'MM/DD/YYYY' as const }
    const summary = await invoke(core, 'imports.csvApply', { text: CRM, mapping: CRM_MAPPING, options, saveMappingAs: 'Our CRM' })
    expect(summary.savedMapping).toMatchObject({ name: 'Our CRM', kind: 'csv', mapping: CRM_MAPPING, options: { dateFormat: 'MM/DD/YYYY' } })
    expect((await invoke(core, 'imports.listMappings', {})).map((m) => m.name)).toEqual(['Our CRM'])

    // The next export from the same CRM: columns in another order and case, different rows.
    const next = 'stage,NOTES,amount,opportunity name,company,owner,start time,activity date\nDemo,,"$1,000",Seats,Hooli,Marcus Lee,10:00,12/01/2026\n'
    const preview = await invoke(core, 'imports.csvPreview', { text: next })
    expect(preview.savedMapping?.name).toBe('Our CRM')
    expect(preview.options.dateFormat, 'the remembered options come with it').toBe('MM/DD/YYYY')
    expect(preview.calls[0]).toMatchObject({ date: '2026-12-01', repName: 'Marcus Lee', dealValue: 1000, stage: 'demo' })
    // A file with other headers gets no remembered mapping.
    expect((await invoke(core, 'imports.csvPreview', { text: 'Date,Rep\n2026-11-02,Dana Ortiz\n' })).savedMapping).toBeNull()

    // Saving under the same name (any case) replaces it.
    const replaced = await invoke(core, 'imports.saveMapping', {
      name: 'our crm',
      mapping: { date: 'activity date', rep: 'owner' },
      headers: ['activity date', 'owner'],
    })
    expect(replaced.id).toBe(summary.savedMapping?.id)
    expect(await invoke(core, 'imports.listMappings', {})).toHaveLength(1)
    expect(await invoke(core, 'imports.deleteMapping', { id: replaced.id })).toEqual({ id: replaced.id })
    expect(await invoke(core, 'imports.listMappings', {})).toEqual([])
    const gone = await invokeResult(core, 'imports.deleteMapping', { id: replaced.id })
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND')
  })
})
