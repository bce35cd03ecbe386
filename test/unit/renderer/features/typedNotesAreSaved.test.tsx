import '../helpers/cleanup'
import { act, fireEvent, screen, within } from '@testing-library/react'
import type { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { richTextToPlainText, type RichTextDoc } from '../../../../shared/richText'
import { renderApp } from '../helpers/renderApp'
import { briefsJournal } from './briefs/briefsJournal'

/*
 * Words typed into the autosaving screens' rich-text fields reach the journal by every way a
 * person leaves them. Each test types, then does one thing a person does, and checks that the
 * save sent *at that moment* holds every word. The page's timers are
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

describe('words typed into a note reach the journal', () => {
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
