import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/**
 * Each paragraph, heading and code line takes its direction from its own first strong letter
 * (`dir="auto"`), so a note in Arabic or Hebrew reads right to left beside an English one. A
 * decoration, not an attribute: nothing is added to the stored document, whose node attributes
 * are an exact allow-list (shared/richText.ts). TipTap's own `textDirection` option would store
 * a `dir` on every node. RichTextView sets the same on what it draws.
 */
export const AUTO_DIRECTION = { dir: 'auto' } as const

function decorate(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    decorations.push(Decoration.node(pos, pos + node.nodeSize, AUTO_DIRECTION))
    return false
  })
  return DecorationSet.create(doc, decorations)
}

const key = new PluginKey<DecorationSet>('coachbookAutoDirection')

export const AutoDirection = Extension.create({
  name: 'coachbookAutoDirection',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, set) => (tr.docChanged ? decorate(tr.doc) : set),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
