import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { TextSelection } from '@tiptap/pm/state'
import type { Editor } from '@tiptap/core'
import {
  BLOCK_NODE_TYPES,
  MARK_TYPES,
  RICH_TEXT_MAX_BYTES,
  richTextDocSchema,
  richTextToPlainText,
  type RichTextDoc,
} from '../../../../shared/richText'
import { PRIVATE_BADGE_TEXT, RichTextEditor, type RichTextEditorProps } from '../../../../renderer/src/editor/RichTextEditor'
import { LINK_INPUT_ERROR } from '../../../../renderer/src/editor/LinkPanel'
import { docByteLength } from '../../../../renderer/src/editor/normalizeDoc'
import { resetPastePurifierForTests } from '../../../../renderer/src/editor/sanitizePastedHtml'
import { OVERSIZE_MESSAGE } from '../../../../renderer/src/editor/sizeGuard'

beforeAll(() => resetPastePurifierForTests())
afterAll(() => resetPastePurifierForTests())
afterEach(() => {
  cleanup()
})

const LABEL = 'Notes to share'
const TOOLBAR_BUTTONS = ['Bold', 'Italic', 'Strikethrough', 'Heading', 'Subheading', 'Bulleted list', 'Numbered list', 'Quote', 'Link', 'Undo', 'Redo']

const para = (text: string, marks?: Array<{ type: 'bold' }>): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [marks ? { type: 'text', text, marks } : { type: 'text', text }] }],
})

function setup(props: Partial<RichTextEditorProps> = {}) {
  const onChange = vi.fn<(doc: RichTextDoc) => void>()
  const all: RichTextEditorProps = { id: 'debrief-notes', label: LABEL, value: null, onChange, placeholder: 'What did the rep do well?', ...props }
  const view = render(<RichTextEditor {...all} />)
  const textbox = screen.getByRole('textbox', { name: LABEL })
  // TipTap keeps its editor on the editable element; tests drive it the way input events would.
  const editor = (textbox as HTMLElement & { editor: Editor }).editor
  const rerender = (next: Partial<RichTextEditorProps>) => view.rerender(<RichTextEditor {...all} {...next} />)
  const lastDoc = (): RichTextDoc => {
    const call = onChange.mock.calls.at(-1)
    if (!call) throw new Error('onChange was not called')
    return call[0]
  }
  return { onChange, textbox, editor, rerender, lastDoc }
}

function type(editor: Editor, text: string) {
  act(() => {
    editor.view.dispatch(editor.state.tr.insertText(text))
  })
}

function selectAll(editor: Editor) {
  act(() => {
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 1, editor.state.doc.content.size - 1)))
  })
}

function expectValid(doc: RichTextDoc) {
  const parsed = richTextDocSchema.safeParse(doc)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
}

function links(doc: RichTextDoc): string[] {
  const hrefs: string[] = []
  JSON.stringify(doc, (key, value: unknown) => {
    if (key === 'href' && typeof value === 'string') hrefs.push(value)
    return value
  })
  return hrefs
}

describe('RichTextEditor: structure and accessibility', () => {
  it('labels the text box with the visible label and describes it with the description', () => {
    const { textbox } = setup({ description: 'Shared with the rep on the debrief sheet.' })
    expect(screen.getByText(LABEL).id).toBe('debrief-notes-label')
    expect(textbox.id).toBe('debrief-notes')
    expect(textbox.getAttribute('aria-multiline')).toBe('true')
    expect(textbox.getAttribute('aria-labelledby')).toBe('debrief-notes-label')
    const described = textbox.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(described)?.textContent).toBe('Shared with the rep on the debrief sheet.')
    expect(textbox.getAttribute('aria-invalid')).toBeNull()
  })

  it('has a named toolbar of real buttons, toggles with aria-pressed, unavailable undo/redo with aria-disabled', () => {
    setup()
    const toolbar = screen.getByRole('toolbar', { name: `${LABEL} formatting` })
    expect(toolbar.getAttribute('aria-controls')).toBe('debrief-notes')
    const buttons = within(toolbar).getAllByRole('button')
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(TOOLBAR_BUTTONS)
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON')
      expect(button.getAttribute('type')).toBe('button')
    }
    for (const name of TOOLBAR_BUTTONS.slice(0, 9)) expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('aria-disabled')).toBe('true')
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('aria-pressed')).toBe(false)
  })

  it('gives the toolbar a single tab stop and moves it with the arrow keys, Home and End', () => {
    setup()
    const toolbar = screen.getByRole('toolbar')
    const buttons = within(toolbar).getAllByRole('button')
    const tabStops = () => buttons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('aria-label'))
    expect(tabStops()).toEqual(['Bold'])
    act(() => buttons[0]?.focus())
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Italic')
    expect(tabStops()).toEqual(['Italic'])
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Redo')
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Bold')
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Redo')
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Bold')
    expect(tabStops()).toEqual(['Bold'])
  })

  it('registers exactly the nodes and marks of the stored format', () => {
    const { editor } = setup()
    expect(Object.keys(editor.schema.nodes).sort()).toEqual([...BLOCK_NODE_TYPES].sort())
    expect(Object.keys(editor.schema.marks).sort()).toEqual([...MARK_TYPES].sort())
    expect(editor.extensionManager.extensions.find((e) => e.name === 'heading')?.options).toMatchObject({ levels: [1, 2, 3] })
  })

  it('lets each paragraph, heading and code block take its direction from its own text, without storing a direction', () => {
    const { textbox, editor, lastDoc } = setup({ value: para('Great opener') })
    act(() => {
      editor.commands.setContent(
        {
          type: 'doc',
          content: [
            para('Great opener').content![0]!,
            para('افتتاح رائع').content![0]!,
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'שלום' }] },
            { type: 'codeBlock', content: [{ type: 'text', text: 'next step' }] },
          ],
        },
        { emitUpdate: true },
      )
    })
    const blocks = [...textbox.querySelectorAll('p, h2, pre')]
    expect(blocks.map((block) => [block.textContent, block.getAttribute('dir')])).toEqual([
      ['Great opener', 'auto'],
      ['افتتاح رائع', 'auto'],
      ['שלום', 'auto'],
      ['next step', 'auto'],
      // The empty paragraph the editor keeps after a code block, for the caret.
      ['', 'auto'],
    ])
    type(editor, ' שלום')
    expect(JSON.stringify(lastDoc())).not.toContain('dir')
    expectValid(lastDoc())
  })

  it('shows the placeholder on the empty note and follows changes to it', () => {
    const { textbox, rerender } = setup()
    const empty = () => textbox.querySelector('p.is-editor-empty')
    expect(empty()?.getAttribute('data-placeholder')).toBe('What did the rep do well?')
    rerender({ placeholder: 'What would you try next time?' })
    expect(empty()?.getAttribute('data-placeholder')).toBe('What would you try next time?')
  })

  it('marks a private note as never printed or shared and says so to screen readers', () => {
    const { textbox } = setup({ tone: 'private', label: LABEL })
    const badge = screen.getByText(PRIVATE_BADGE_TEXT)
    expect(textbox.getAttribute('aria-describedby')?.split(' ')).toContain(badge.id)
    expect(textbox.closest('.rte')?.classList.contains('rte--private')).toBe(true)
  })

  it('shows an error under the field, marks the text box invalid and describes it with the error', () => {
    const { textbox } = setup({ error: 'Write at least one thing the rep did well.' })
    expect(textbox.getAttribute('aria-invalid')).toBe('true')
    const ids = textbox.getAttribute('aria-describedby')?.split(' ') ?? []
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain('Write at least one thing the rep did well.')
  })

  it('when disabled, is not editable and its toolbar does nothing', () => {
    const { textbox, editor, onChange } = setup({ disabled: true, value: para('Locked') })
    expect(textbox.getAttribute('contenteditable')).toBe('false')
    expect(textbox.getAttribute('aria-disabled')).toBe('true')
    const bold = screen.getByRole('button', { name: 'Bold' })
    expect(bold.getAttribute('aria-disabled')).toBe('true')
    selectAll(editor)
    fireEvent.click(bold)
    expect(editor.isActive('bold')).toBe(false)
    expect(onChange).not.toHaveBeenCalled()
  })
})

describe('RichTextEditor: editing', () => {
  it('reports every edit as a document that passes the stored schema', () => {
    const { editor, onChange, lastDoc } = setup()
    type(editor, 'Asked great questions')
    expect(onChange).toHaveBeenCalledTimes(1)
    expectValid(lastDoc())
    expect(lastDoc()).toEqual(para('Asked great questions'))
    type(editor, '!')
    expect(onChange).toHaveBeenCalledTimes(2)
    expect(richTextToPlainText(lastDoc())).toBe('Asked great questions!')
  })

  it('applies bold with Mod-B and reflects it in the toolbar', () => {
    const { editor, textbox, lastDoc } = setup({ value: para('pricing') })
    selectAll(editor)
    fireEvent.keyDown(textbox, { key: 'b', code: 'KeyB', ctrlKey: true })
    expect(lastDoc()).toEqual(para('pricing', [{ type: 'bold' }]))
    expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('applies formatting from the toolbar buttons', () => {
    const { editor, lastDoc } = setup({ value: para('next steps') })
    selectAll(editor)
    fireEvent.click(screen.getByRole('button', { name: 'Bulleted list' }))
    expect(lastDoc().content?.[0]?.type).toBe('bulletList')
    expect(screen.getByRole('button', { name: 'Bulleted list' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: 'Redo' }).getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(lastDoc()).toEqual(para('next steps'))
    // Undone: redo is offered, and undo goes on offering what came before only if there was any.
    expect(screen.getByRole('button', { name: 'Redo' }).getAttribute('aria-disabled')).toBeNull()
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'Subheading' }))
    expect(lastDoc().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } })
  })

  it('opens an inline link box with Mod-K (never window.prompt) and links the selection', () => {
    const prompt = vi.fn(() => null)
    vi.stubGlobal('prompt', prompt)
    const { editor, textbox, lastDoc } = setup({ value: para('the deck') })
    selectAll(editor)
    fireEvent.keyDown(textbox, { key: 'k', code: 'KeyK', ctrlKey: true })
    const input = screen.getByRole('textbox', { name: 'Link address' })
    expect(document.activeElement).toBe(input)
    fireEvent.change(input, { target: { value: 'example.com/deck' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull()
    expect(links(lastDoc())).toEqual(['https://example.com/deck'])
    expectValid(lastDoc())
    expect(prompt).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })

  it('refuses a javascript: address in the link box and closes it with Escape', () => {
    const { editor, onChange } = setup({ value: para('click me') })
    selectAll(editor)
    fireEvent.click(screen.getByRole('button', { name: 'Link' }))
    const input = screen.getByRole('textbox', { name: 'Link address' })
    fireEvent.change(input, { target: { value: 'javascript:alert(1)' } })
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('alert').textContent).toBe(LINK_INPUT_ERROR)
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(onChange).not.toHaveBeenCalled()
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull()
    expect(editor.isActive('link')).toBe(false)
  })

  it.each(['javascript:alert(1)', 'ftp://example.com/file', 'tel:+15551234', 'data:text/html,x', 'file:///etc/passwd'])(
    "refuses a %s link through the editor's own commands too",
    (href) => {
      const { editor } = setup({ value: para('x') })
      selectAll(editor)
      let applied = true
      act(() => {
        applied = editor.commands.setLink({ href })
      })
      expect(applied).toBe(false)
      expect(editor.isActive('link')).toBe(false)
    },
  )

  it('passes blur through', () => {
    const onBlur = vi.fn()
    const { textbox } = setup({ onBlur })
    fireEvent.focus(textbox)
    fireEvent.blur(textbox)
    expect(onBlur).toHaveBeenCalledTimes(1)
  })
})

describe('RichTextEditor: paste', () => {
  const HOSTILE =
    '<p>Good <b>call</b> <a href="javascript:alert(1)">evil</a> <a href="java&#9;script:alert(2)">tab</a> ' +
    '<a href="https://example.com/recording">recording</a></p><script>alert(3)</script>' +
    '<img src=x onerror="alert(4)"><iframe srcdoc="x"></iframe><style>p{}</style><ul><li>one</li></ul>'

  function expectSafe(doc: RichTextDoc) {
    expectValid(doc)
    expect(links(doc)).toEqual(['https://example.com/recording'])
    const text = richTextToPlainText(doc)
    expect(text).not.toContain('alert')
    expect(text).toContain('Good call evil tab recording')
    expect(doc.content?.some((n) => n.type === 'bulletList')).toBe(true)
    expect(JSON.stringify(doc)).toContain('"type":"bold"')
  }

  it('reduces pasted HTML to the schema (view.pasteHTML)', () => {
    const { editor, lastDoc } = setup()
    act(() => {
      editor.view.pasteHTML(HOSTILE)
    })
    expectSafe(lastDoc())
  })

  it('reduces HTML from a real paste event (ClipboardEvent with DataTransfer)', () => {
    const { textbox, lastDoc } = setup()
    const data = new DataTransfer()
    data.setData('text/html', HOSTILE)
    data.setData('text/plain', 'Good call evil tab recording one')
    act(() => {
      textbox.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    expectSafe(lastDoc())
  })
})

describe('RichTextEditor: paste from Word', () => {
  it('runs pasted HTML through the clipboard clean-up: Word list paragraphs become a list, hidden text goes', () => {
    const { editor, lastDoc } = setup()
    act(() => {
      editor.view.pasteHTML(
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>Opened well<o:p></o:p></p>" +
          "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>Rushed the close<span style='display:none'>secret</span><o:p></o:p></p>",
      )
    })
    const doc = lastDoc()
    expectValid(doc)
    expect(doc.content?.[0]?.type).toBe('bulletList')
    const items = doc.content?.[0]?.content ?? []
    expect(items.map((item) => richTextToPlainText({ type: 'doc', content: item.content }))).toEqual(['Opened well', 'Rushed the close'])
    expect(JSON.stringify(doc)).not.toMatch(/secret|·/)
  })
})

describe('RichTextEditor: the 1 MB limit', () => {
  // `{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":""}]}]}`
  const overhead = docByteLength(para(''))

  it('accepts a note of exactly 1 MB', () => {
    const { editor, lastDoc } = setup()
    type(editor, 'a'.repeat(RICH_TEXT_MAX_BYTES - overhead))
    expect(docByteLength(lastDoc())).toBe(RICH_TEXT_MAX_BYTES)
    expectValid(lastDoc())
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses an edit that would pass 1 MB, keeps the note and says why', () => {
    const { editor, onChange, textbox, lastDoc } = setup({ value: para('keep me') })
    type(editor, 'a'.repeat(RICH_TEXT_MAX_BYTES - overhead - 'keep me'.length + 1))
    expect(onChange).not.toHaveBeenCalled()
    expect(editor.getText()).toBe('keep me')
    expect(screen.getByRole('alert').textContent).toBe(OVERSIZE_MESSAGE)
    expect(textbox.getAttribute('aria-invalid')).toBe('true')
    expect(textbox.getAttribute('aria-describedby')?.split(' ')).toContain('debrief-notes-size')
    // The next accepted edit clears the message.
    type(editor, '!')
    expect(lastDoc()).toEqual(para('!keep me'))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses a paste that would pass 1 MB', () => {
    const { editor, onChange } = setup()
    act(() => {
      editor.view.pasteHTML(`<p>${'word '.repeat(210_000)}</p>`)
    })
    expect(onChange).not.toHaveBeenCalled()
    expect(editor.isEmpty).toBe(true)
    expect(screen.getByRole('alert').textContent).toBe(OVERSIZE_MESSAGE)
  })
})

describe('RichTextEditor: value from outside', () => {
  it('starts from the given document', () => {
    const { editor, textbox } = setup({ value: para('Loaded', [{ type: 'bold' }]) })
    expect(textbox.querySelector('strong')?.textContent).toBe('Loaded')
    expect(editor.getText()).toBe('Loaded')
  })

  it('leaves the document and caret alone when its own edit comes back as value', () => {
    const { editor, rerender, lastDoc, onChange } = setup({ value: para('Hello') })
    act(() => {
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 3)))
    })
    type(editor, 'X')
    const doc = editor.state.doc
    const caret = editor.state.selection.from
    rerender({ value: lastDoc() })
    rerender({ value: structuredClone(lastDoc()) })
    expect(editor.state.doc).toBe(doc)
    expect(editor.state.selection.from).toBe(caret)
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('ignores a late echo of an earlier edit instead of throwing away what was typed since', () => {
    const { editor, rerender, onChange } = setup({ value: para('Draft') })
    type(editor, 'A')
    const saved = onChange.mock.calls[0]?.[0]
    type(editor, 'B')
    expect(editor.getText()).toBe('ABDraft')
    // The save of the first edit completes and the caller passes that older document back.
    rerender({ value: structuredClone(saved) })
    expect(editor.getText()).toBe('ABDraft')
    // A document that is not one of its own edits still loads.
    rerender({ value: para('Other record') })
    expect(editor.getText()).toBe('Other record')
  })

  it('loads a different document without reporting it as an edit or making it undoable', () => {
    const { editor, rerender, onChange } = setup({ value: para('First rep') })
    type(editor, 'typed ')
    expect(onChange).toHaveBeenCalledTimes(1)
    rerender({ value: para('Second rep') })
    expect(editor.getText()).toBe('Second rep')
    expect(onChange).toHaveBeenCalledTimes(1)
    act(() => {
      editor.commands.undo()
    })
    expect(editor.getText()).toBe('Second rep')
  })

  it('clears the note when the value becomes null, and cleans what it is given', () => {
    const { editor, rerender } = setup({ value: para('Something') })
    rerender({ value: null })
    expect(editor.isEmpty).toBe(true)
    const hostile = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    } as RichTextDoc
    rerender({ value: hostile })
    expect(editor.getText()).toBe('x')
    expect(editor.isActive('link')).toBe(false)
    expect(editor.getHTML()).not.toContain('javascript')
  })
})

describe('RichTextEditor: a parent rendering again while keys arrive', () => {
  it('keeps typing and caret when the parent renders again with the value from before the keystroke', () => {
    // The log dialog's form renders again for reasons of its own while keys arrive; a render
    // carrying the note as it was before the first key must not reset the editor.
    const { editor, rerender, lastDoc } = setup({ value: null })
    type(editor, 'F')
    const first = lastDoc()
    rerender({ value: first })
    rerender({ value: null })
    expect(editor.getText()).toBe('F')
    rerender({ value: structuredClone(first) })
    expect(editor.getText()).toBe('F')
    expect(editor.state.selection.from).toBe(2)
    type(editor, 'ive pauses in a row, timed.')
    expect(richTextToPlainText(lastDoc())).toBe('Five pauses in a row, timed.')
  })

  it('keeps what was typed when the parent renders again with a value made before it', () => {
    const { editor, rerender, onChange } = setup({ value: para('Before') })
    type(editor, 'typed ')
    rerender({ value: para('Before') })
    expect(editor.getText()).toBe('typed Before')
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange.mock.calls[0]?.[0]).toEqual(para('typed Before'))
  })
})
