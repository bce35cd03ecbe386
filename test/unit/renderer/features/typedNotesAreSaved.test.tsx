import '../helpers/cleanup'
import { act, fireEvent, screen, within } from '@testing-library/react'
import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { richTextToPlainText, type RichTextDoc } from '../../../../shared/richText'
import { REPORT_PAUSE_MS } from '../../../../renderer/src/editor/RichTextEditor'
import { DEFAULT_DELAY_MS } from '../../../../renderer/src/lib/autosave'
import { hasPendingEdits } from '../../../../renderer/src/lib/pendingEdits'
import { fakeJournal } from '../helpers/fakeJournal'
import { renderApp } from '../helpers/renderApp'
import { briefsJournal } from './briefs/briefsJournal'
import { withSessions } from './sessions/sessionsFake'

/*
 * The autosaving screens' rich-text fields report their note lazily (RichTextEditor's
 * `reportEdits: 'lazy'`): a keystroke only marks the edit pending, so typing in a long note does
 * not serialise it nor re-render the screen at every key. Whatever reads the form for keeps must
 * have the field hand in what it holds back first. Each test types, then does one thing a person
 * does, and checks that the save sent *at that moment* holds every word. The page's timers are
 * fake from the keystroke on: no pause in typing and no autosave debounce ends unless a test says
 * so, so a save that holds the words was made by the thing the test did.
 */

afterEach(() => {
  vi.useRealTimers()
})

/** From here on, only the time a test advances passes (the screen is loaded with real timers). */
function freezeTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
}

function pass(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

/** Types at the end of a rich-text box, as the editor's input handling would. */
function typeInto(box: HTMLElement, text: string) {
  const editor = (box as HTMLElement & { editor: Editor }).editor
  act(() => {
    const end = editor.state.doc.content.size - 1
    editor.view.dispatch(editor.state.tr.insertText(text, end, end))
  })
}

const plain = (doc: RichTextDoc | null | undefined) => (doc ? richTextToPlainText(doc) : null)

async function aPlannedCall() {
  const j = await briefsJournal()
  const callId = await j.addCall({ dealValue: 42000 })
  await j.api.prebriefs.save({ callId, prebrief: { plannedRole: 'technical_expert' } })
  renderApp(j.api, `/calls/${callId}/prebrief`)
  const form = await screen.findByRole('form', { name: 'Pre-brief' })
  const notes = within(form).getByRole('textbox', { name: 'Notes' })
  // What the pre-brief's saves sent as notes, oldest first.
  const sentNotes = () => j.saves('prebriefs.save').map((entry) => plain((entry.input as { prebrief: { notes?: RichTextDoc | null } }).prebrief.notes))
  const sentBefore = sentNotes().length
  freezeTimers()
  return { j, callId, form, notes, sent: () => sentNotes().slice(sentBefore) }
}

describe('words typed into a lazily reported note reach the journal', () => {
  it('are held back while typing, and saved by the autosave as soon as typed words would be', async () => {
    const { notes, sent } = await aPlannedCall()
    typeInto(notes, 'Bring the pilot terms.')
    expect(hasPendingEdits()).toBe(true)
    pass(REPORT_PAUSE_MS)
    // Reported after the pause; the autosave's quiet time still counts from the keystroke.
    expect(hasPendingEdits()).toBe(false)
    pass(DEFAULT_DELAY_MS - REPORT_PAUSE_MS - 1)
    expect(sent()).toEqual([])
    pass(1)
    expect(sent()).toEqual(['Bring the pilot terms.'])
  })

  it('a save that starts while typing goes on takes the words not yet reported', async () => {
    const { notes, sent } = await aPlannedCall()
    typeInto(notes, 'Bring')
    pass(REPORT_PAUSE_MS)
    // A key every 100 ms: no pause is long enough to report, and the autosave reads the note itself.
    for (const word of [' the', ' pilot', ' terms', ' and', ' the', ' price', ' list', '.']) {
      typeInto(notes, word)
      pass(100)
    }
    expect(sent()).toEqual(['Bring the pilot terms and the'])
    // The rest once the first save is answered and the typist stops.
    await act(() => vi.advanceTimersByTimeAsync(REPORT_PAUSE_MS + DEFAULT_DELAY_MS))
    expect(sent().at(-1)).toBe('Bring the pilot terms and the price list.')
  })

  it('are saved at once when the note loses the focus', async () => {
    const { notes, sent } = await aPlannedCall()
    typeInto(notes, 'Ask about the budget owner')
    act(() => {
      fireEvent.focus(notes)
      fireEvent.blur(notes)
    })
    expect(sent()).toEqual(['Ask about the budget owner'])
  })

  it('are saved at once when the address changes (to another section of the call)', async () => {
    const { callId, notes, sent } = await aPlannedCall()
    typeInto(notes, 'Pilot terms first')
    // To the call's details, as the section links do.
    await act(async () => {
      window.location.hash = `#/calls/${callId}`
      window.dispatchEvent(new HashChangeEvent('hashchange'))
      // The screen follows the address once the router has heard of it.
      await Promise.resolve()
    })
    expect(sent()).toEqual(['Pilot terms first'])
  })

  it('are saved at once when the window goes away (pagehide)', async () => {
    const { notes, sent } = await aPlannedCall()
    typeInto(notes, 'Closing the lid now')
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    expect(sent()).toEqual(['Closing the lid now'])
  })

  it('are saved at once on Ctrl+S, and the browser is kept from saving the page as a file', async () => {
    const { notes, sent } = await aPlannedCall()
    typeInto(notes, 'Saved by habit')
    let notPrevented = true
    act(() => {
      notPrevented = fireEvent.keyDown(notes, { key: 's', code: 'KeyS', ctrlKey: true })
    })
    expect(notPrevented).toBe(false)
    expect(sent()).toEqual(['Saved by habit'])
  })
})

describe('every autosaving screen reports its notes lazily', () => {
  it('the debrief: all three notes held back while typing, all saved on Ctrl+S', async () => {
    const j = await briefsJournal()
    const callId = await j.addCall({ dealValue: 42000 })
    await j.api.debriefs.save({ callId, debrief: { actualRole: 'technical_expert' } })
    renderApp(j.api, `/calls/${callId}/debrief`)
    const form = await screen.findByRole('form', { name: 'Debrief' })
    const box = (name: string) => within(form).getByRole('textbox', { name })
    freezeTimers()
    const before = j.saves('debriefs.save').length
    typeInto(box('The rep’s own assessment'), 'I rushed the price')
    typeInto(box('Notes to share'), 'Hold the silence')
    typeInto(box('Private notes'), 'Nervous before pricing')
    expect(hasPendingEdits()).toBe(true)
    act(() => {
      fireEvent.keyDown(box('Private notes'), { key: 's', ctrlKey: true })
    })
    const saves = j.saves('debriefs.save').slice(before)
    expect(saves).toHaveLength(1)
    const debrief = (saves[0]?.input as { debrief: Record<'repSelfAssessment' | 'notes' | 'privateNotes', RichTextDoc | null> }).debrief
    expect([plain(debrief.repSelfAssessment), plain(debrief.notes), plain(debrief.privateNotes)]).toEqual([
      'I rushed the price',
      'Hold the silence',
      'Nervous before pricing',
    ])
  })

  it('a coaching session: its notes held back while typing, then saved by the autosave', async () => {
    const journal = fakeJournal()
    const rep = await journal.api.reps.create({ name: 'Dana Ortiz' })
    if (!rep.ok) throw new Error('setup failed')
    const sessions = withSessions(journal, [
      { id: 's1', repId: rep.value.id, date: '2026-10-02', kind: 'drill', skill: 'Opening', minutes: 15, asks: null, tells: null, rootCause: null, rootCauseNote: null, notes: null, updatedAt: null },
    ])
    renderApp(journal.api, '/sessions/s1')
    const notes = await screen.findByRole('textbox', { name: 'Notes' })
    freezeTimers()
    typeInto(notes, 'Five pauses in a row, timed.')
    expect(hasPendingEdits()).toBe(true)
    expect(journal.log.filter((entry) => entry.channel === 'sessions.update')).toHaveLength(0)
    pass(REPORT_PAUSE_MS + DEFAULT_DELAY_MS)
    const updates = journal.log.filter((entry) => entry.channel === 'sessions.update')
    expect(updates.map((entry) => plain((entry.input as { notes?: RichTextDoc | null }).notes))).toEqual(['Five pauses in a row, timed.'])
    expect(sessions).toHaveLength(1)
  })
})
