import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import type { RichTextDoc } from '../../../../../shared/richText'
import { createEditorExtensions } from '../../../../../renderer/src/editor/extensions'
import { storedFormOf } from '../../../../../renderer/src/editor/sizeGuard'
import { docIdentity, formKey, rememberDocIdentity } from '../../../../../renderer/src/lib/editing/docIdentity'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const note = (...texts: string[]): RichTextDoc =>
  ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })

describe('the autosave key of a form with notes', () => {
  it('is the same for equal notes and differs when a note, or another field, differs', () => {
    const form = { skill: 'Silence', notes: note('Asked first', 'then listened') }
    expect(formKey({ skill: 'Silence', notes: note('Asked first', 'then listened') })).toBe(formKey(form))
    expect(formKey({ ...form, notes: note('Asked first', 'then listened.') })).not.toBe(formKey(form))
    expect(formKey({ ...form, notes: note('then listened', 'Asked first') })).not.toBe(formKey(form))
    expect(formKey({ ...form, skill: 'Silences' })).not.toBe(formKey(form))
    expect(formKey({ ...form, notes: null })).not.toBe(formKey(form))
  })

  it('takes the note the editor reported by the identity it built from its blocks, equal to the journal copy of that note', () => {
    // The editor reports its stored form and remembers its identity from the key it built block by
    // block; the journal answers the same note as a new object, which is hashed from its JSON. A
    // mismatch would make every save look unsaved again (and send another).
    const editor = new Editor({
      extensions: createEditorExtensions({ placeholder: '', onOversize: () => {}, onLinkShortcut: () => {} }),
      content: note('One', 'Two', 'Three'),
    })
    editors.push(editor)
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' more')
    const { doc, identity } = storedFormOf(editor.state.doc)
    rememberDocIdentity(doc, identity)
    const fromJournal = JSON.parse(JSON.stringify(doc)) as RichTextDoc
    expect(docIdentity(fromJournal)).toBe(docIdentity(doc))
    expect(formKey({ notes: fromJournal })).toBe(formKey({ notes: doc }))
    expect(formKey({ notes: note('One', 'Two', 'Three') })).not.toBe(formKey({ notes: doc }))
  })
})
