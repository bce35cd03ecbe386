import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifySearchIndex } from '../../../../../../electron/core/db/searchIndex'
import { createSearchRepository } from '../../../../../../electron/core/db/search'
import { searchJournal } from '../../../../../../electron/core/services/search'
import type { DebriefInput } from '../../../../../../shared/contract'
import type { JournalFile } from '../../../../../../shared/journalFile'
import type { RichTextDoc } from '../../../../../../shared/richText'
import type { SearchQueryInput, SearchResult } from '../../../../../../shared/search'
import { invoke, invokeResult, openFixtureCore, readFixture, type TempCore } from '../../../../../helpers/tempJournal'

let temp: TempCore
beforeEach(async () => {
  temp = await openFixtureCore()
})
afterEach(() => temp.cleanup())

const search = (input: SearchQueryInput) => invoke(temp.core, 'search.query', input)
const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)
const found = async (text: string, more: Omit<SearchQueryInput, 'text'> = {}) => ids(await search({ text, ...more })).sort()
const matched = (result: SearchResult, id: string) =>
  result.hits.find((hit) => hit.id === id)?.snippet.filter((s) => s.match).map((s) => s.text)
const doc = (text: string): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

async function editDebrief(callId: string, changes: Partial<DebriefInput>) {
  const { debrief } = await invoke(temp.core, 'calls.get', { id: callId })
  if (!debrief) throw new Error(`${callId} has no debrief`)
  await invoke(temp.core, 'debriefs.save', { callId, debrief: { ...debrief, ...changes } })
}

describe('search.query: words', () => {
  it('matches the start of words by default: "disc" finds "discovery"', async () => {
    const result = await search({ text: 'disc', kinds: ['call'] })
    expect(ids(result)).toEqual(expect.arrayContaining(['call-01', 'call-10']))
    expect(matched(result, 'call-01')).toEqual(['discovery'])
    expect(matched(result, 'call-10')).toEqual(['Discovery'])
    expect(result.order).toBe('relevance')
    // Not inside a word.
    expect(await found('covery')).toEqual([])
  })

  it('ignores accents both ways', async () => {
    await editDebrief('call-04', { lesson: 'Send the résumé of the outage first' })
    await editDebrief('call-06', { lesson: 'Ask for their resume of the routing rules' })
    expect(await found('resume')).toEqual(['call-04', 'call-06'])
    expect(await found('résumé')).toEqual(['call-04', 'call-06'])
    expect(await found('RÉSU')).toEqual(['call-04', 'call-06'])
    expect(matched(await search({ text: 'resume' }), 'call-04')).toEqual(['résumé'])
  })

  it('needs every word, wherever in the record each one is', async () => {
    expect(await found('quiet')).toEqual(['call-01', 'call-07'])
    expect(await found('quiet price')).toEqual(['call-07'])
    // "telematics" is in call-01's pre-brief, "strong" in its debrief notes.
    expect(await found('telematics strong')).toEqual(['call-01'])
    expect(await found('telematics incumbent')).toEqual([])
  })

  it('finds reps by name and title, sessions by skill and notes', async () => {
    expect(await found('priya', { kinds: ['rep'] })).toEqual(['rep-priya'])
    expect(await found('senior', { kinds: ['rep'] })).toEqual(['rep-priya'])
    expect(await found('count five')).toEqual(['session-04'])
    const hit = (await search({ text: 'count five' })).hits[0]
    expect(hit).toMatchObject({ kind: 'session', title: 'Role play — Holding silence after pricing', field: 'Session notes' })
  })

  it('lets the rep name narrow a search: "marcus pricing" is about Marcus', async () => {
    expect(await found('umbrella marcus')).toEqual(['call-05'])
    expect(await found('umbrella dana')).toEqual([])
  })

  it.each(['"', '*', 'NEAR(', 'NEAR(a b)', 'AND OR', 'AND', '-', '-pilot', ':', 'account:acme', '"acme', 'acme"', '(', '^', '  '])(
    'never fails on hostile input %j',
    async (text) => {
      const result = await invokeResult(temp.core, 'search.query', { text })
      expect(result.ok).toBe(true)
    },
  )

  it('refuses control characters in the words with a sentence, as every text field does', async () => {
    expect(await invokeResult(temp.core, 'search.query', { text: 'acme\u0000' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'text: Remove the NUL character (U+0000) from this text' },
    })
  })

  it('treats typed operators as words', async () => {
    expect(await found('"acme"')).toEqual(['call-01', 'call-07'])
    // "-pilot" is the word "pilot", not "without pilot".
    expect(await found('acme -pilot')).toEqual(['call-01', 'call-07'])
    expect(await found('acme -globex')).toEqual([])
    expect(await found('acme OR globex')).toEqual([])
  })
})

describe('search.query: hits', () => {
  it('says what was found, where, for whom and when', async () => {
    const result = await search({ text: 'telem' })
    expect(result.total).toBe(1)
    expect(result.hits[0]).toEqual({
      kind: 'call',
      id: 'call-01',
      callId: 'call-01',
      repId: 'rep-dana',
      repName: 'Dana Ortiz',
      repArchived: false,
      date: '2026-10-06',
      time: '10:00',
      title: 'Acme Corp — Fleet renewal',
      field: 'Intervention rule',
      fieldKey: 'intervention_rule',
      private: false,
      snippet: [
        { text: 'Only if they ask about the ', match: false },
        { text: 'telematics', match: true },
        { text: ' API roadmap', match: false },
      ],
      plannedRole: 'technical_expert',
      actualRole: 'technical_expert',
      outcome: 'advanced',
      cancelled: false,
    })
  })

  it('labels a hit in the private notes as private', async () => {
    const hit = (await search({ text: 'rescued' })).hits[0]
    expect(hit).toMatchObject({ id: 'call-07', field: 'Private notes', fieldKey: 'private_notes', private: true })
    expect(hit?.snippet.filter((s) => s.match)).toEqual([{ text: 'rescued', match: true }])
    const elsewhere = (await search({ text: 'telematics' })).hits[0]
    expect(elsewhere?.private).toBe(false)
  })

  it('names the field that shows the most of the words', async () => {
    // "pilot" is in call-01's objective, next step, questions, notes…; "scope" only with it in the objective.
    const hit = (await search({ text: 'pilot scope', kinds: ['call'] })).hits.find((h) => h.id === 'call-01')
    expect(hit?.field).toBe('Call objective')
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['pilot', 'scope'])
  })

  it('shortens long text around the found words', async () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(30)}The zeppelin moment. ${'Consectetur adipiscing elit. '.repeat(30)}`
    await editDebrief('call-06', { notes: doc(long) })
    const hit = (await search({ text: 'zeppelin' })).hits[0]
    const text = hit?.snippet.map((s) => s.text).join('') ?? ''
    expect(text.length).toBeLessThan(200)
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true)
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['zeppelin'])
  })

  it('ranks the better match first and the newer first among equals', async () => {
    const rep = await invoke(temp.core, 'reps.create', { name: 'Lee Park' })
    const older = await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-01-05', account: 'Zenith Mills' })
    const newer = await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-03-05', account: 'Zenith Mills' })
    const noted = await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-06-05', account: 'Other Co' })
    await invoke(temp.core, 'prebriefs.save', {
      callId: noted.id,
      prebrief: { plannedRole: 'visiting_dignitary', notes: doc('A long note that mentions zenith once among many other words here') },
    })
    expect(ids(await search({ text: 'zenith' }))).toEqual([newer.id, older.id, noted.id])
  })

  it('pages with limit and offset and counts every match', async () => {
    const all = await search({ text: 'pilot', limit: 100 })
    expect(all.total).toBe(3)
    expect(all.hits).toHaveLength(3)
    const second = await search({ text: 'pilot', limit: 1, offset: 1 })
    expect(second.total).toBe(3)
    expect(ids(second)).toEqual(ids(all).slice(1, 2))
    expect((await search({ text: 'pilot', offset: 3 })).hits).toEqual([])
  })
})

describe('search.query: filters', () => {
  it('filters by rep, planned and actual role, outcome, dates and kind', async () => {
    expect(await found('pilot', { repId: 'rep-dana' })).toEqual(['call-01', 'call-07'])
    expect(await found('pilot', { actualRole: 'crutch' })).toEqual(['call-05', 'call-07'])
    expect(await found('pilot', { plannedRole: 'crutch' })).toEqual(['call-05'])
    expect(await found('pilot', { outcome: 'advanced', repId: 'rep-dana' })).toEqual(['call-01', 'call-07'])
    expect(await found('pilot', { from: '2026-10-07', to: '2026-11-01' })).toEqual(['call-05'])
    expect(await found('discovery', { kinds: ['session'] })).toEqual(['session-02', 'session-03'])
    const total = (await search({ text: 'pilot', actualRole: 'crutch' })).total
    expect(total).toBe(2)
  })

  it('with no words, lists the newest records the filters let through', async () => {
    const lost = await search({ text: '', outcome: 'lost' })
    expect(lost).toMatchObject({ total: 1, order: 'newest' })
    expect(lost.hits[0]).toMatchObject({ id: 'call-04', field: null, fieldKey: null, snippet: [], title: 'Initech — Support upgrade' })
    expect(ids(await search({ text: '  ', kinds: ['session'] }))).toEqual([
      'session-05', 'session-04', 'session-03', 'session-02', 'session-01',
    ])
    const november = await search({ text: '', from: '2026-11-01', to: '2026-11-30', kinds: ['call'] })
    expect(ids(november)).toEqual(['call-12', 'call-11', 'call-10', 'call-09', 'call-08', 'call-07'])
    // Only punctuation is no words either.
    expect((await search({ text: '"*', repId: 'rep-marcus', kinds: ['call'] })).total).toBe(4)
  })

  it('refuses an unknown rep and malformed filters', async () => {
    expect(await invokeResult(temp.core, 'search.query', { text: 'pilot', repId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    for (const input of [{ limit: 0 }, { limit: 101 }, { offset: -1 }, { from: '2026-02-30' }, { outcome: 'maybe' }, { text: 'x'.repeat(501) }]) {
      expect(await invokeResult(temp.core, 'search.query', input as SearchQueryInput)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    }
  })
})

describe('search.query: the index follows the journal', () => {
  it('follows an edited lesson: the old word is gone, the new one found', async () => {
    expect(await found('roadmap', { kinds: ['call'] })).toContain('call-04')
    await editDebrief('call-04', { lesson: 'Qualify the budget holder early' })
    expect(await found('roadmap', { kinds: ['call'] })).not.toContain('call-04')
    expect(await found('budget holder')).toEqual(['call-04'])
  })

  it('follows edits to calls, pre-briefs, sessions and reps', async () => {
    await invoke(temp.core, 'calls.update', { id: 'call-11', account: 'Quokka Farms' })
    expect(await found('soylent')).toEqual([])
    expect(await found('quokka')).toEqual(['call-11'])
    await invoke(temp.core, 'calls.update', { id: 'call-11', repId: 'rep-marcus' })
    expect(await found('quokka marcus')).toEqual(['call-11'])
    expect(await found('quokka', { repId: 'rep-dana' })).toEqual([])

    await invoke(temp.core, 'prebriefs.save', { callId: 'call-12', prebrief: { plannedRole: 'crutch', questions: ['Why now, xylophone?'] } })
    expect(await found('xylo')).toEqual(['call-12'])
    expect((await search({ text: 'xylo' })).hits[0]?.plannedRole).toBe('crutch')
    await invoke(temp.core, 'prebriefs.delete', { callId: 'call-12' })
    expect(await found('xylo')).toEqual([])

    await invoke(temp.core, 'sessions.update', { id: 'session-04', notes: doc('Walrus drill') })
    expect(await found('count five')).toEqual([])
    expect(await found('walrus')).toEqual(['session-04'])
    await invoke(temp.core, 'sessions.delete', { id: 'session-04' })
    expect(await found('walrus')).toEqual([])

    await invoke(temp.core, 'reps.update', { id: 'rep-dana', name: 'Dana Ortega' })
    expect(await found('ortiz')).toEqual([])
    expect(await found('ortega', { kinds: ['rep'] })).toEqual(['rep-dana'])
    expect(await found('ortega acme')).toEqual(['call-01', 'call-07'])
    expect((await search({ text: 'acme' })).hits[0]?.repName).toBe('Dana Ortega')
    expect((await search({ text: 'ortega', kinds: ['rep'] })).hits[0]?.repArchived).toBe(false)
    await invoke(temp.core, 'reps.update', { id: 'rep-dana', archived: true })
    expect((await search({ text: 'ortega', kinds: ['rep'] })).hits[0]?.repArchived).toBe(true)
    expect((await search({ text: 'acme' })).hits[0]?.repArchived).toBe(true)
    expect(verifySearchIndex(temp.core.db)).toEqual([])
  })

  it('forgets a deleted call, its pre-brief and its debrief', async () => {
    expect(await found('quiet price')).toEqual(['call-07'])
    await invoke(temp.core, 'calls.delete', { id: 'call-07' })
    expect(await found('quiet price')).toEqual([])
    expect(await found('rescued')).toEqual([])
    await invoke(temp.core, 'debriefs.delete', { callId: 'call-01' })
    expect(await found('quiet')).toEqual([])
    expect(await found('telematics')).toEqual(['call-01'])
    expect(verifySearchIndex(temp.core.db)).toEqual([])
  })

  it('stays right through an import that changes records', async () => {
    expect(verifySearchIndex(temp.core.db)).toEqual([])
    const file = JSON.parse(readFixture()) as JournalFile
    // A later export: its records are newer than the journal's, so the import takes them.
    file.exportedAt = '2026-11-30T10:00:00.000Z'
    const call = file.calls.find((c) => c.id === 'call-04')
    if (!call?.debrief) throw new Error('fixture changed')
    call.debrief.lesson = 'Never lead with the gazebo'
    const session = file.sessions.find((s) => s.id === 'session-05')
    if (!session) throw new Error('fixture changed')
    session.skill = 'Gazebo assembly'
    await invoke(temp.core, 'journal.import', { text: JSON.stringify(file) })
    expect(await found('gazebo')).toEqual(['call-04', 'session-05'])
    expect(await found('roadmap', { kinds: ['call'] })).not.toContain('call-04')
    // Importing the same file again changes nothing, in the journal or in the index.
    await invoke(temp.core, 'journal.import', { text: JSON.stringify(file) })
    expect(await found('gazebo')).toEqual(['call-04', 'session-05'])
    expect(temp.core.db.prepare("SELECT COUNT(*) AS n FROM search_records WHERE kind = 'call'").get()).toEqual({ n: 12 })
    expect(verifySearchIndex(temp.core.db)).toEqual([])
  })

  it('indexes cancelled calls and says so', async () => {
    const hit = (await search({ text: 'warehouse', kinds: ['call'] })).hits.find((h) => h.id === 'call-08')
    expect(hit?.cancelled).toBe(true)
  })
})

describe('search.query: too many matches to rank', () => {
  it('lists the matches newest first, still filtered and counted', async () => {
    const search = createSearchRepository(temp.core.db)
    const input = { text: 'pilot', limit: 3, offset: 0 }
    const ctx = {
      db: temp.core.db,
      repos: undefined as never,
      info: undefined as never,
      encrypted: false,
      key: null,
      backups: undefined as never,
      reader: undefined as never,
      now: () => '',
      stamp: () => '',
      write: <T>(fn: () => T) => fn(),
    }
    const result = searchJournal(ctx, search, input, { relevanceMaxMatches: 2 })
    expect(result.order).toBe('newest')
    const all = await invoke(temp.core, 'search.query', { text: 'pilot', limit: 100 })
    expect(result.total).toBe(all.total)
    const newestFirst = [...all.hits].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((h) => h.id)
    expect(ids(result)).toEqual(newestFirst.slice(0, 3))
    expect(result.hits[0]?.snippet.some((s) => s.match)).toBe(true)
    const filtered = searchJournal(ctx, search, { ...input, actualRole: 'crutch' }, { relevanceMaxMatches: 2 })
    expect(ids(filtered)).toEqual(['call-07', 'call-05'])
    expect(filtered.total).toBe(2)
  })
})

describe('search.query beside another writer', () => {
  it('still answers while another connection holds the write lock (snippets are made in TEMP)', async () => {
    const { default: Database } = await import('better-sqlite3-multiple-ciphers')
    const other = new Database(temp.core.databasePath)
    try {
      other.exec('BEGIN IMMEDIATE')
      const result = await search({ text: 'telem' })
      expect(result.hits[0]?.snippet.some((s) => s.match)).toBe(true)
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
  })
})
