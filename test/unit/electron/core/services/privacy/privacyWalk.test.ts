import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PRIVATE_FIELDS } from '../../../../../../shared/privacy'
import { MARKED_PERIOD, markedJournalText, PRIVATE_MARKS, SHAREABLE_MARKS } from '../../../../../helpers/markedJournal'
import { invoke, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

/**
 * Every shareable output, fed a journal whose every field is marked (test/helpers/markedJournal.ts):
 * what it answers holds none of the private values and some of the shareable ones. The printed
 * PDFs and the downloads are walked again in Chromium (test/e2e/privacy.spec.ts).
 */
let temp: TempCore
beforeEach(async () => {
  temp = openTempCore()
  await invoke(temp.core, 'journal.import', { text: markedJournalText() })
})
afterEach(() => temp.cleanup())

/** Every number anywhere inside a value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (Array.isArray(value)) return value.flatMap(numbersIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn)
  return []
}

async function shareableOutputs(): Promise<Array<[name: string, answer: unknown]>> {
  const core = temp.core
  const outputs: Array<[string, unknown]> = []
  for (const id of ['marked-call-1', 'marked-call-2', 'marked-call-3']) {
    outputs.push([`print.debriefSheet ${id}`, await invoke(core, 'print.debriefSheet', { callId: id })])
  }
  outputs.push(['print.repSheet', await invoke(core, 'print.repSheet', { repId: 'marked-rep', ...MARKED_PERIOD })])
  outputs.push(['print.report (team)', await invoke(core, 'print.report', { ...MARKED_PERIOD })])
  outputs.push(['print.report (rep)', await invoke(core, 'print.report', { ...MARKED_PERIOD, repId: 'marked-rep' })])
  outputs.push(['exports.callsCsv', await invoke(core, 'exports.callsCsv', {})])
  for (const by of ['month', 'week', 'rep'] as const) {
    outputs.push([`exports.metricsCsv by ${by}`, await invoke(core, 'exports.metricsCsv', { ...MARKED_PERIOD, by })])
  }
  return outputs
}

describe('nothing private on what is shared', () => {
  it('plants a recognisable value in every private field of the table', () => {
    // A field made private later must be planted here too, or the walks below would miss it.
    expect([...PRIVATE_FIELDS].sort()).toEqual(Object.keys(PRIVATE_MARKS).sort())
  })

  it('the private values really are in the journal (its own full reads show them)', async () => {
    const call = JSON.stringify(await invoke(temp.core, 'calls.get', { id: 'marked-call-1' }))
    for (const mark of Object.values(PRIVATE_MARKS)) expect(call).toContain(String(mark.value))
  })

  it('no print view and no CSV export carries a private value, and each carries shareable ones', async () => {
    const seenShareable = new Set<string>()
    for (const [name, answer] of await shareableOutputs()) {
      const text = JSON.stringify(answer)
      for (const [field, mark] of Object.entries(PRIVATE_MARKS)) {
        for (const form of mark.seenAs) expect(text, `${field} (${form}) in ${name}`).not.toContain(form)
      }
      expect(numbersIn(answer), `the predicted takeover chance in ${name}`).not.toContain(PRIVATE_MARKS['prebrief.takeoverRisk'].value)
      // In a CSV, the number stands alone in its cell.
      expect(text, `the predicted takeover chance in ${name}`).not.toMatch(/(^|,)73(,|\\r\\n)/)
      for (const mark of Object.values(SHAREABLE_MARKS)) if (text.includes(mark)) seenShareable.add(mark)
    }
    expect([...seenShareable].sort()).toEqual(Object.values(SHAREABLE_MARKS).sort())
  })
})
