import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { utf8ByteLength, type RichTextDoc } from '../../../../shared/richText'
import { createEditorExtensions } from '../../../../renderer/src/editor/extensions'
import { toStoredDoc } from '../../../../renderer/src/editor/normalizeDoc'
import { storedBytesOf, storedFormOf } from '../../../../renderer/src/editor/sizeGuard'
import { docIdentity } from '../../../../renderer/src/lib/editing/docIdentity'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function editorWith(content: RichTextDoc): Editor {
  const editor = new Editor({
    extensions: createEditorExtensions({ placeholder: '', onOversize: () => {}, onLinkShortcut: () => {} }),
    content,
  })
  editors.push(editor)
  return editor
}

const text = (t: string, marks?: object[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const p = (...content: object[]) => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' })

/** What the stored form was before it was built block by block: the whole document normalised. */
function wholeDocument(editor: Editor) {
  const doc = toStoredDoc(editor.state.doc.toJSON())
  const key = JSON.stringify(doc)
  return { doc, key, bytes: utf8ByteLength(key), identity: docIdentity(JSON.parse(key) as RichTextDoc) }
}

const DOCUMENTS: Record<string, RichTextDoc> = {
  blank: { type: 'doc', content: [] },
  'only empty paragraphs': { type: 'doc', content: [p(), p(), p()] } as RichTextDoc,
  'trailing empty paragraphs': { type: 'doc', content: [p(text('a')), p(), p(text('b')), p(), p()] } as RichTextDoc,
  'every block and mark': {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Plan')] },
      p(text('bold', [{ type: 'bold' }]), text(' and '), text('link', [{ type: 'link', attrs: { href: 'https://example.com' } }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }, { type: 'listItem', content: [p(text('two')), { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('nested'))] }] }] }] },
      { type: 'blockquote', content: [p(text('quoted "with" \\ escapes — é 🙂'))] },
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1')] },
      { type: 'horizontalRule' },
      p(text('line'), { type: 'hardBreak' }, text('break')),
    ],
  } as RichTextDoc,
}

describe('storedFormOf: the stored form built block by block', () => {
  it.each(Object.entries(DOCUMENTS))('is the whole document normalised and serialised (%s)', (_name, content) => {
    const editor = editorWith(content)
    const whole = wholeDocument(editor)
    expect(storedFormOf(editor.state.doc)).toEqual(whole)
    expect(storedBytesOf(editor.state.doc)).toBe(whole.bytes)
  })

  it('stays the whole document after edits, reusing the blocks an edit did not touch', () => {
    const many = { type: 'doc', content: Array.from({ length: 50 }, (_, i) => p(text(`paragraph ${i}`))) } as RichTextDoc
    const editor = editorWith(many)
    const before = storedFormOf(editor.state.doc)
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' and more')
    const after = storedFormOf(editor.state.doc)
    expect(after).toEqual(wholeDocument(editor))
    expect(after.doc.content?.[0]).toBe(before.doc.content?.[0])
    expect(after.doc.content?.[49]).not.toBe(before.doc.content?.[49])
    // An empty paragraph typed at the end is not stored, and costs nothing.
    editor.commands.insertContentAt(editor.state.doc.content.size, { type: 'paragraph' })
    expect(storedFormOf(editor.state.doc)).toEqual(wholeDocument(editor))
    expect(storedBytesOf(editor.state.doc)).toBe(after.bytes)
  })
})
