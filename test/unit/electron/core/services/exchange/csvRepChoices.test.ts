import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../../../electron/core'
import type { CsvMapping } from '../../../../../../shared/exchange'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

/** A CSV name that no rep has, matched to an existing rep or added as a new one (docs/imports.md). */
const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})

async function teamCore() {
  const temp = openTempCore()
  temps.push(temp)
  const { core } = temp
  const james = await invoke(core, 'reps.create', { name: 'James Fox' })
  const dana = await invoke(core, 'reps.create', { name: 'Dana Ortiz' })
  return { core, james, dana }
}

const count = (core: Core, table: string) => (core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
const counts = (core: Core) => ({
  reps: count(core, 'reps'),
  calls: count(core, 'calls'),
  prebriefs: count(core, 'prebriefs'),
  debriefs: count(core, 'debriefs'),
  mappings: count(core, 'import_mappings'),
})

/** "Jamie Fox" is how the CRM spells James Fox; Sam Reed is new to the team. */
const CRM = [
  'Date,Owner,Company,Role played',
  '2026-11-02,Jamie Fox,Acme Corp,crutch',
  '2026-11-03,JAMIE FOX,Globex,',
  '2026-11-04,Dana Ortiz,Initech,',
  '2026-11-05,Sam Reed,Hooli,',
].join('\n')
const MAPPING: CsvMapping = { date: 'Date', rep: 'Owner', account: 'Company', actualRole: 'Role played' }

describe('names no rep has', () => {
  it('are listed by the preview, matched to the rep chosen for them, and imported under that rep', async () => {
    const { core, james, dana } = await teamCore()
    const before = counts(core)

    const first = await invoke(core, 'imports.csvPreview', { text: CRM, mapping: MAPPING })
    expect(first.unmatchedNames).toEqual([
      { name: 'Jamie Fox', calls: 2, repId: null, remembered: false },
      { name: 'Sam Reed', calls: 1, repId: null, remembered: false },
    ])
    expect(first.willCreate.reps).toEqual(['Jamie Fox', 'Sam Reed'])

    // The name as the manager's choice spells it: matched ignoring case and accents, like the rows.
    const repChoices = [{ name: 'jamie fox', repId: james.id }]
    const chosen = await invoke(core, 'imports.csvPreview', { text: CRM, mapping: MAPPING, repChoices })
    expect(chosen.unmatchedNames[0]).toEqual({ name: 'Jamie Fox', calls: 2, repId: james.id, remembered: false })
    expect(chosen.willCreate.reps).toEqual(['Sam Reed'])
    const respelled = await invoke(core, 'imports.csvPreview', {
      text: CRM,
      mapping: MAPPING,
      repChoices: [{ name: 'Jamie Fox', repId: dana.id }, ...repChoices],
    })
    expect(respelled.unmatchedNames[0]?.repId, 'two spellings of one name: the later choice counts').toBe(james.id)
    expect(chosen.calls.map((call) => [call.repName, call.newRep, call.repId])).toEqual([
      ['Jamie Fox', false, james.id],
      ['JAMIE FOX', false, james.id],
      ['Dana Ortiz', false, dana.id],
      ['Sam Reed', true, null],
    ])
    expect(counts(core), 'a preview writes nothing').toEqual(before)

    const summary = await invoke(core, 'imports.csvApply', { text: CRM, mapping: MAPPING, repChoices })
    expect(summary.created).toEqual({ reps: 1, calls: 4, prebriefs: 0, debriefs: 1 })
    const reps = await invoke(core, 'reps.list', {})
    expect(reps.map((rep) => rep.name).sort()).toEqual(['Dana Ortiz', 'James Fox', 'Sam Reed'])
    const { items } = await invoke(core, 'calls.list', {})
    expect(items.map((call) => [call.account, call.repName]).sort()).toEqual([
      ['Acme Corp', 'James Fox'],
      ['Globex', 'James Fox'],
      ['Hooli', 'Sam Reed'],
      ['Initech', 'Dana Ortiz'],
    ])

    // Imported again with no choice: the calls are already there, under James Fox, and nothing is asked.
    const again = await invoke(core, 'imports.csvPreview', { text: CRM, mapping: MAPPING })
    expect(again.unmatchedNames).toEqual([])
    expect(again.alreadyImported).toBe(4)
  })

  it('are remembered with the saved column choices, offered by the next preview of any file, and forgotten when a new rep is chosen', async () => {
    const { core, james } = await teamCore()
    const repChoices = [{ name: 'Jamie Fox', repId: james.id }, { name: 'Sam Reed', repId: null }]
    const summary = await invoke(core, 'imports.csvApply', { text: CRM, mapping: MAPPING, repChoices, saveMappingAs: 'Our CRM' })
    expect(summary.savedMapping?.repChoices, 'only a match to an existing rep is worth remembering').toEqual({ 'jamie fox': james.id })

    // Next month's export, from another report with other columns: the choice comes with the preview.
    const next = ['Activity Date;Sales Rep;Account', '2026-12-01;Jamie  Fox;Umbrella', '2026-12-02;Ana Lima;Stark'].join('\n')
    const preview = await invoke(core, 'imports.csvPreview', { text: next })
    expect(preview.savedMapping, 'another file’s columns').toBeNull()
    expect(preview.unmatchedNames).toEqual([
      { name: 'Jamie Fox', calls: 1, repId: james.id, remembered: true },
      { name: 'Ana Lima', calls: 1, repId: null, remembered: false },
    ])
    expect(preview.willCreate.reps).toEqual(['Ana Lima'])

    // Apply writes what the manager confirmed, which the preview's answer carries back.
    const confirmed = preview.unmatchedNames.map(({ name, repId }) => ({ name, repId }))
    await invoke(core, 'imports.csvApply', { text: next, mapping: preview.mapping, repChoices: confirmed })
    const umbrella = (await invoke(core, 'calls.list', {})).items.find((call) => call.account === 'Umbrella')
    expect(umbrella?.repId).toBe(james.id)

    // Saving the columns again under that name, without an import, keeps the match.
    const resaved = await invoke(core, 'imports.saveMapping', { name: 'OUR CRM', mapping: MAPPING, headers: ['Date', 'Owner', 'Company', 'Role played'] })
    expect(resaved.repChoices).toEqual({ 'jamie fox': james.id })

    // Choosing a new rep for the name, and saving under the same name again, forgets the match.
    const later = ['Date,Owner,Company', '2027-01-04,Jamie Fox,Wayne'].join('\n')
    await invoke(core, 'imports.csvApply', {
      text: later,
      mapping: { date: 'Date', rep: 'Owner', account: 'Company' },
      repChoices: [{ name: 'Jamie Fox', repId: null }],
      saveMappingAs: 'our crm',
    })
    expect((await invoke(core, 'imports.listMappings', {})).map((m) => [m.name, m.repChoices])).toEqual([['our crm', {}]])
  })

  it('follow a merge: a name remembered for the merged rep now means the rep kept', async () => {
    const { core, james, dana } = await teamCore()
    await invoke(core, 'imports.csvApply', { text: CRM, mapping: MAPPING, repChoices: [{ name: 'Jamie Fox', repId: james.id }, { name: 'Sam Reed', repId: null }], saveMappingAs: 'Our CRM' })
    const [saved] = await invoke(core, 'imports.listMappings', {})
    await invoke(core, 'reps.merge', { id: james.id, intoId: dana.id })

    const [after] = await invoke(core, 'imports.listMappings', {})
    expect(after?.repChoices).toEqual({ 'jamie fox': dana.id })
    expect(after?.updatedAt, 'moving a choice is not a save of the mapping').toBe(saved?.updatedAt)
    const next = ['Date,Owner,Company', '2026-12-01,Jamie Fox,Umbrella'].join('\n')
    expect((await invoke(core, 'imports.csvPreview', { text: next })).unmatchedNames).toEqual([{ name: 'Jamie Fox', calls: 1, repId: dana.id, remembered: true }])
  })

  it('forgets a remembered choice whose rep is gone: the name becomes a new rep again', async () => {
    const { core } = await teamCore()
    const brief = await invoke(core, 'reps.create', { name: 'Jim Fox' })
    await invoke(core, 'imports.saveMapping', { name: 'Our CRM', mapping: MAPPING, headers: ['Date', 'Owner', 'Company', 'Role played'] })
    // A choice remembered for a rep that was removed since (reps.delete takes only a rep without records).
    core.db
      .prepare("UPDATE import_mappings SET mapping_json = json_set(mapping_json, '$.reps', json_object('jamie fox', ?))")
      .run(brief.id)
    expect((await invoke(core, 'imports.csvPreview', { text: CRM })).unmatchedNames[0]).toMatchObject({ repId: brief.id, remembered: true })
    await invoke(core, 'reps.delete', { id: brief.id })
    expect((await invoke(core, 'imports.csvPreview', { text: CRM })).unmatchedNames[0]).toEqual({
      name: 'Jamie Fox',
      calls: 2,
      repId: null,
      remembered: false,
    })
  })

  it('refuses a chosen rep that is not in the journal, and writes nothing', async () => {
    const { core } = await teamCore()
    const before = counts(core)
    const input = { text: CRM, mapping: MAPPING, saveMappingAs: 'Our CRM', repChoices: [{ name: 'Jamie Fox', repId: 'rep-gone' }] }

    const refused = await invokeResult(core, 'imports.csvApply', input)
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'The rep chosen for "Jamie Fox" is not in your journal (no rep has the id "rep-gone"). Nothing was imported.',
      issues: [{ path: 'repChoices[0].repId', message: 'The rep chosen for "Jamie Fox" is not in your journal (no rep has the id "rep-gone")' }],
    })
    const previewed = await invokeResult(core, 'imports.csvPreview', input)
    expect(previewed.ok ? null : previewed.error.code, 'the preview refuses it too').toBe('INVALID_INPUT')

    expect(counts(core), 'not the calls, not the new rep, not the mapping').toEqual(before)
  })

  it('leaves the journal as it was when the import fails part-way through writing', async () => {
    const { core, james } = await teamCore()
    const before = counts(core)
    // A real SQLite failure on the last row's call, after the new rep and the first calls are written.
    core.db.exec("CREATE TEMP TRIGGER refuse_hooli BEFORE INSERT ON calls WHEN NEW.account = 'Hooli' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    const result = await invokeResult(core, 'imports.csvApply', {
      text: CRM,
      mapping: MAPPING,
      repChoices: [{ name: 'Jamie Fox', repId: james.id }],
      saveMappingAs: 'Our CRM',
    })
    expect(result.ok).toBe(false)
    expect(counts(core)).toEqual(before)
    core.db.exec('DROP TRIGGER refuse_hooli')
    const retried = await invoke(core, 'imports.csvApply', { text: CRM, mapping: MAPPING, repChoices: [{ name: 'Jamie Fox', repId: james.id }] })
    expect(retried.created).toMatchObject({ reps: 1, calls: 4 })
  })
})
