import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { RICH_TEXT_MAX_BYTES, utf8ByteLength, type RichTextDoc } from '../../../shared/richText'
import { toStoredDoc } from './normalizeDoc'

/** Transactions carrying this meta are not size-checked: content loaded from outside the editor. */
export const SIZE_GUARD_BYPASS = 'coachbookSizeGuardBypass'

export const OVERSIZE_MESSAGE = 'This note is over 1 MB. Shorten it or split it into several notes.'

export type StoredForm = {
  /** The document as it would be stored: normalised, trailing empty paragraphs dropped. */
  doc: RichTextDoc
  /** `JSON.stringify(doc)`: what is stored, and what "the same note" is compared by. */
  key: string
  /** UTF-8 bytes of `key`, the measure `RICH_TEXT_MAX_BYTES` applies to. */
  bytes: number
}

const storedForms = new WeakMap<PmNode, StoredForm>()

/**
 * The stored form of an editor document, memoised per (immutable) document node: the size guard
 * computes it for each new document and the editor's change report reuses it, so a keystroke
 * costs one serialisation even in a large note. Treat the result as immutable.
 */
export function storedFormOf(node: PmNode): StoredForm {
  const known = storedForms.get(node)
  if (known) return known
  const doc = toStoredDoc(node.toJSON())
  const key = JSON.stringify(doc)
  const form = { doc, key, bytes: utf8ByteLength(key) }
  storedForms.set(node, form)
  return form
}

/**
 * Refuses any edit (typing, paste, drop, a command) that would take the note past
 * `RICH_TEXT_MAX_BYTES`, before it reaches the document, so nothing oversized is ever shown or
 * saved. Edits that shrink an already oversized note are let through, so it can be fixed.
 */
export function createSizeGuard(onRefused: () => void, maxBytes: number = RICH_TEXT_MAX_BYTES) {
  return Extension.create({
    name: 'coachbookSizeGuard',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey('coachbookSizeGuard'),
          filterTransaction: (tr, state) => {
            if (!tr.docChanged || tr.getMeta(SIZE_GUARD_BYPASS) === true) return true
            const after = storedFormOf(tr.doc).bytes
            if (after <= maxBytes || after <= storedFormOf(state.doc).bytes) return true
            onRefused()
            return false
          },
        }),
      ]
    },
  })
}
