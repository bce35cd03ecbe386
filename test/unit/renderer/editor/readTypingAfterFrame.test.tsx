import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { TextSelection } from '@tiptap/pm/state'
import type { Editor } from '@tiptap/core'
import type { RichTextDoc } from '../../../../shared/richText'
import { RichTextEditor } from '../../../../renderer/src/editor/RichTextEditor'

/*
 * A typed letter is read by the editor right after the frame that shows it (readTypingAfterFrame.ts).
 * These tests type as the browser does — the letter is put into the page's text node, and the
 * editor hears of it from its MutationObserver — and check when the editor takes it in: not at
 * once; after the next frame; and at once whenever anything reads or acts on the editor first.
 */

const LABEL = 'Notes'

afterEach(() => cleanup())
/**
 * happy-dom has no MessageChannel; the editor posts its read from the frame's callback with one
 * (lib/afterNextFrame.ts). This one posts the message as a task of its own, as a browser does.
 */
class TaskChannel {
  readonly port1 = { onmessage: null as (() => void) | null, close: () => undefined }
  readonly port2 = { postMessage: () => void setTimeout(() => this.port1.onmessage?.(), 0) }
}
beforeAll(() => vi.stubGlobal('MessageChannel', TaskChannel))
afterAll(async () => {
  // The frames the tests' editors asked for come first.
  await nextFrame()
  vi.unstubAllGlobals()
})

function note(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello world' }] }] }
}

function setup() {
  const onChange = vi.fn<(doc: RichTextDoc) => void>()
  render(<RichTextEditor id="notes" label={LABEL} value={note()} onChange={onChange} />)
  const textbox = screen.getByRole('textbox', { name: LABEL })
  const editor = (textbox as HTMLElement & { editor: Editor }).editor
  act(() => {
    textbox.focus()
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.doc.content.size - 1)))
  })
  const transactions = vi.fn()
  editor.on('transaction', transactions)
  return { textbox, editor, onChange, transactions }
}

/** What the browser does for a key: the letter into the text node, the caret after it. */
async function typeNatively(textbox: HTMLElement, letter: string): Promise<void> {
  const text = textbox.querySelector('p')?.firstChild
  if (!(text instanceof Text)) throw new Error('the paragraph has no text node')
  text.data += letter
  // The MutationObserver's callback (a microtask).
  await Promise.resolve()
  await Promise.resolve()
  // Then the caret's move reaches the editor: Chromium's `selectionchange` comes as a task of its
  // own, after the key's (happy-dom sends it at once, so it is moved here, after the callback).
  document.getSelection()?.collapse(text, text.data.length)
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        // After the editor's own task from that frame, posted first.
        setTimeout(resolve, 0)
      }
      channel.port2.postMessage(null)
    }),
  )
}

const textOf = (doc: RichTextDoc | undefined) => JSON.stringify(doc).match(/"text":"([^"]*)"/)?.[1]

describe('RichTextEditor: a typed letter is read after its frame', () => {
  it('is not read in the key’s own task, and is read, reported and kept after the next frame', async () => {
    const { textbox, editor, onChange, transactions } = setup()
    await typeNatively(textbox, '!')
    expect(transactions).not.toHaveBeenCalled()
    expect(onChange).not.toHaveBeenCalled()

    await act(nextFrame)
    expect(transactions).toHaveBeenCalledTimes(1)
    expect(textOf(onChange.mock.lastCall?.[0])).toBe('Hello world!')
    expect(editor.state.selection.from).toBe('Hello world!'.length + 1)
  })

  it('is read at once when anything reads the editor’s state first', async () => {
    const { textbox, editor, onChange } = setup()
    await typeNatively(textbox, '!')
    expect(editor.state.doc.textContent).toBe('Hello world!')
    expect(textOf(onChange.mock.lastCall?.[0])).toBe('Hello world!')
  })

  it('a change made to the editor meanwhile keeps the letter and puts the caret after it', async () => {
    const { textbox, editor } = setup()
    await typeNatively(textbox, '!')
    act(() => {
      editor.chain().setMeta('addToHistory', false).insertContent('?').run()
    })
    expect(editor.state.doc.textContent).toBe('Hello world!?')
    expect(textbox.textContent).toBe('Hello world!?')
    expect(editor.state.selection.from).toBe('Hello world!?'.length + 1)
  })

  it.each([
    ['a key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true }))],
    ['a pointer press', () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))],
    ['the focus leaving', () => document.body.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))],
    ['the page being left', () => window.dispatchEvent(new Event('pagehide'))],
    ['the page being hidden', () => document.dispatchEvent(new Event('visibilitychange'))],
  ])('%s takes it in before any handler of its own runs', async (_name, happen) => {
    const { textbox, onChange } = setup()
    await typeNatively(textbox, '!')
    const reportedWhenHandled: (string | undefined)[] = []
    const handler = () => reportedWhenHandled.push(textOf(onChange.mock.lastCall?.[0]))
    for (const type of ['keydown', 'pointerdown', 'focusout', 'visibilitychange']) document.addEventListener(type, handler)
    window.addEventListener('pagehide', handler)
    try {
      act(() => {
        happen()
      })
    } finally {
      for (const type of ['keydown', 'pointerdown', 'focusout', 'visibilitychange']) document.removeEventListener(type, handler)
      window.removeEventListener('pagehide', handler)
    }
    expect(reportedWhenHandled).toEqual(['Hello world!'])
  })

  it('a change that adds a node to the page is read at once, as before', async () => {
    const { textbox, transactions, onChange } = setup()
    const paragraph = document.createElement('p')
    paragraph.textContent = 'More'
    textbox.append(paragraph)
    await Promise.resolve()
    await Promise.resolve()
    expect(transactions).toHaveBeenCalled()
    expect(JSON.stringify(onChange.mock.lastCall?.[0])).toContain('More')
  })

  it('the editor taken away with a letter unread reports it first', async () => {
    const { textbox, onChange } = setup()
    await typeNatively(textbox, '!')
    act(() => cleanup())
    expect(textOf(onChange.mock.lastCall?.[0])).toBe('Hello world!')
  })
})
