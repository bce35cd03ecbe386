import { afterEach, describe, expect, it } from 'vitest'
import { prettyJson } from '../../../../../../electron/core/services/exchange/prettyJson'
import { RawJson, sameAsStored } from '../../../../../../electron/core/services/exchange/storedJson'
import { richTextJsonOf } from '../../../../../../shared/packedRichText'
import { invoke, openFixtureCore, openTempCore, type TempCore } from '../../../../../helpers/tempJournal'

const temps: TempCore[] = []
afterEach(() => {
  for (const temp of temps.splice(0)) temp.cleanup()
})

describe('prettyJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    const value = { a: 1, b: [1, 'two', null, { c: [] }, []], d: {}, e: undefined, f: 'x\n"y"', g: [undefined], h: { i: { j: false } }, k: -0.5 }
    expect(prettyJson(value)).toBe(JSON.stringify(value, null, 2))
    expect(prettyJson([])).toBe('[]')
    expect(prettyJson('é')).toBe('"é"')
  })

  it('splices raw JSON text in as it is', () => {
    expect(prettyJson({ doc: new RawJson('{"type":"doc"}'), none: null })).toBe('{\n  "doc": {"type":"doc"},\n  "none": null\n}')
  })
})

describe('sameAsStored', () => {
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hold the silence' }] }] }
  const stored = (value: unknown) => new RawJson(JSON.stringify(value))
  it('finds a document the same as its stored text, keys in any order, and tells a changed one', () => {
    expect(sameAsStored({ lesson: 'x', notes: doc }, { lesson: 'x', notes: stored(doc) })).toBe(true)
    expect(sameAsStored({ notes: doc, lesson: 'x' }, { lesson: 'x', notes: new RawJson('{"content":[{"content":[{"text":"Hold the silence","type":"text"}],"type":"paragraph"}],"type":"doc"}') })).toBe(true)
    expect(sameAsStored({ lesson: 'x', notes: doc }, { lesson: 'x', notes: stored({ ...doc, content: [] }) })).toBe(false)
    expect(sameAsStored({ lesson: 'x', notes: null }, { lesson: 'x', notes: stored(doc) })).toBe(false)
    expect(sameAsStored({ lesson: 'y', notes: doc }, { lesson: 'x', notes: stored(doc) })).toBe(false)
    expect(sameAsStored({ lesson: 'x', notes: null }, { lesson: 'x', notes: null })).toBe(true)
  })
})

describe('journal.exportFile', () => {
  it('is the journal file journal.export answers, written out, rich text as stored', async () => {
    const temp = await openFixtureCore()
    temps.push(temp)
    const file = await invoke(temp.core, 'journal.exportFile', {})
    const object = await invoke(temp.core, 'journal.export', {})
    const parsed = JSON.parse(file.text) as typeof object
    expect({ ...parsed, exportedAt: null }).toEqual({ ...object, exportedAt: null })
    expect(file.text.endsWith('}\n')).toBe(true)
    expect(file.filename).toMatch(/^coachbook-journal-\d{4}-\d{2}-\d{2}\.json$/)
    // A stored document goes in on one line: the JSON text the journal's short form stands for.
    const notes = temp.core.db.prepare('SELECT notes_json AS json, notes_text AS text FROM debriefs WHERE notes_json IS NOT NULL LIMIT 1').get() as {
      json: string
      text: string
    }
    expect(file.text).toContain(`"notes": ${richTextJsonOf(notes.json, notes.text)}`)
  })

  it('reads back into an empty journal as the same journal', async () => {
    const source = await openFixtureCore()
    temps.push(source)
    const { text } = await invoke(source.core, 'journal.exportFile', {})
    const target = openTempCore()
    temps.push(target)
    const summary = await invoke(target.core, 'journal.import', { text })
    expect(summary.calls.added).toBe(12)
    const strip = (file: { exportedAt: string }) => ({ ...file, exportedAt: null })
    expect(strip(await invoke(target.core, 'journal.export', {}))).toEqual(strip(await invoke(source.core, 'journal.export', {})))
  })
})
