import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { TextSelection } from '@tiptap/pm/state'
import type { Editor } from '@tiptap/core'
import type { RichTextDoc } from '../../../../shared/richText'
import { RichTextEditor } from '../../../../renderer/src/editor/RichTextEditor'

/*
 * After a click, prosemirror-view learns where the caret went from the `selectionchange` event
 * that follows. Chromium queues that event as a task and handles input first, so a key pressed at
 * once after the click (a busy machine, a test sending keys) reached the editor while its state
 * still had the caret where it was before the click (docs/testing.md). These tests put the page
 * in exactly that moment: the page's caret moved (as the click does) and its `selectionchange`
 * not yet delivered (held back, as Chromium's queue holds it). Then a key at once — no waiting.
 */

const LABEL = 'Notes'
let release: (() => void) | null = null

afterEach(() => {
  release?.()
  cleanup()
})

function twoWords(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello world' }] }] }
}

function setup() {
  render(<RichTextEditor id="notes" label={LABEL} value={twoWords()} onChange={() => {}} />)
  const textbox = screen.getByRole('textbox', { name: LABEL })
  const editor = (textbox as HTMLElement & { editor: Editor }).editor
  // The caret was last at the end of the note (before the click).
  act(() => {
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.doc.content.size - 1)))
    textbox.focus()
  })
  return { textbox, editor }
}

/** A click after "Hello": the page's caret moves there; the editor is told only when `release` runs. */
function clickAfterHello(textbox: HTMLElement) {
  const held: Event[] = []
  const hold = (event: Event) => {
    event.stopImmediatePropagation()
    held.push(event)
  }
  window.addEventListener('selectionchange', hold, true)
  release = () => {
    window.removeEventListener('selectionchange', hold, true)
    release = null
    if (held.length > 0) document.dispatchEvent(new Event('selectionchange'))
  }
  const text = textbox.querySelector('p')?.firstChild
  if (!text) throw new Error('the paragraph has no text')
  act(() => {
    document.getSelection()?.collapse(text, 'Hello'.length)
  })
  expect(held.length, 'the click’s selectionchange is held back').toBeGreaterThan(0)
}

const paragraphs = (editor: Editor) => {
  const texts: string[] = []
  editor.state.doc.forEach((node) => texts.push(node.textContent))
  return texts
}

describe('RichTextEditor: a key pressed right after a click', () => {
  it('Enter splits the paragraph where the click put the caret, not where the caret was before', () => {
    const { textbox, editor } = setup()
    clickAfterHello(textbox)
    act(() => {
      fireEvent.keyDown(textbox, { key: 'Enter', code: 'Enter', keyCode: 13 })
    })
    expect(paragraphs(editor)).toEqual(['Hello', ' world'])
    expect(editor.state.selection.from).toBe('Hello'.length + 3)
  })

  it('Shift+Enter breaks the line where the click put the caret', () => {
    const { textbox, editor } = setup()
    clickAfterHello(textbox)
    act(() => {
      fireEvent.keyDown(textbox, { key: 'Enter', code: 'Enter', keyCode: 13, shiftKey: true })
    })
    expect(paragraphs(editor)).toEqual(['Hello world'])
    expect(textbox.querySelector('p')?.innerHTML).toMatch(/^Hello<br[^>]*> world/)
  })
})
