import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { createEditorExtensions } from '../../../../renderer/src/editor/extensions'
import { decorate } from '../../../../renderer/src/editor/autoDirection'

/*
 * The direction decorations are kept up to date block by block (a keystroke in a 500-paragraph
 * note decorates one paragraph again, not 500). Whatever the edit, they must be exactly what
 * decorating the whole document would give: one per text block, on that block.
 */

let editor: Editor | null = null
afterEach(() => {
  editor?.destroy()
  editor = null
})

function anEditor(paragraphs: string[]): Editor {
  editor = new Editor({
    extensions: createEditorExtensions({ placeholder: '', onOversize: () => {}, onLinkShortcut: () => {} }),
    content: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
  })
  return editor
}

const spans = (set: DecorationSet) => set.find().map((d) => [d.from, d.to]).sort((a, b) => a[0]! - b[0]!)

function shown(e: Editor): DecorationSet {
  const plugin = e.state.plugins.find((p) => (p as unknown as { key: string }).key.startsWith('coachbookAutoDirection'))
  if (!plugin) throw new Error('the auto-direction plugin is missing')
  return plugin.getState(e.state) as DecorationSet
}

function expectWholeDocument(e: Editor, step = "") {
  expect(spans(shown(e)), step + " " + JSON.stringify(e.getJSON()).slice(0, 300)).toEqual(spans(decorate(e.state.doc)))
}

describe('auto-direction decorations', () => {
  it('stay one per text block through typing, splits, joins, lists, pastes and deletions', () => {
    const e = anEditor(['First paragraph', 'Second one', 'Third'])
    expectWholeDocument(e, 'step 1')
    e.commands.setTextSelection(6)
    e.commands.insertContent(' typed')
    expectWholeDocument(e, 'step 2')
    e.commands.enter()
    expectWholeDocument(e, 'step 3')
    e.commands.setTextSelection(TextSelection.atEnd(e.state.doc).from)
    e.commands.joinBackward()
    e.commands.toggleBulletList()
    expectWholeDocument(e, 'step 4')
    e.commands.insertContent('<p>one</p><p>two</p><h2>three</h2>')
    expectWholeDocument(e, 'step 5')
    e.commands.setTextSelection({ from: 3, to: e.state.doc.content.size - 4 })
    e.commands.deleteSelection()
    expectWholeDocument(e, 'step 6')
    e.commands.undo()
    e.commands.undo()
    expectWholeDocument(e, 'step 7')
    e.commands.setContent('<blockquote><p>quoted</p></blockquote><p>after</p>')
    expectWholeDocument(e, 'step 8')
    expect(shown(e).find().length).toBe(2)
  })
})
