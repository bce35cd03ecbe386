import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/**
 * Each paragraph, heading and code line takes its direction from its own first strong letter
 * (`dir="auto"`), so a note in Arabic or Hebrew reads right to left beside an English one. A
 * decoration, not an attribute: nothing is added to the stored document, whose node attributes
 * are an exact allow-list (shared/richText.ts). TipTap's own `textDirection` option would store
 * a `dir` on every node. RichTextView sets the same on what it draws.
 */
export const AUTO_DIRECTION = { dir: 'auto' } as const

/** A decoration for each text block of `doc` between `from` and `to` (the whole document by default). */
function blockDecorations(doc: PmNode, from = 0, to = doc.content.size): Decoration[] {
  const decorations: Decoration[] = []
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true
    decorations.push(Decoration.node(pos, pos + node.nodeSize, AUTO_DIRECTION))
    return false
  })
  return decorations
}

export function decorate(doc: PmNode): DecorationSet {
  return DecorationSet.create(doc, blockDecorations(doc))
}

/** The ranges of the new document a transaction's steps wrote to. */
function changedRanges(tr: Transaction): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  tr.mapping.maps.forEach((map, index) => {
    const later = tr.mapping.slice(index + 1)
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => ranges.push([later.map(newFrom, -1), later.map(newTo, 1)]))
  })
  return ranges
}

/**
 * The decorations after a change: mapped, and made again only for the blocks the change touched.
 * Decorating all of a 500-paragraph note at each keystroke, and prosemirror-view comparing 500
 * fresh decorations with the old ones, cost about a millisecond per key (docs/performance.md).
 */
export function redecorate(set: DecorationSet, tr: Transaction): DecorationSet {
  let next = set.map(tr.mapping, tr.doc)
  const size = tr.doc.content.size
  for (const [from, to] of changedRanges(tr)) {
    // The top-level blocks the change touched, whole: a block split, joined or wrapped in a list
    // is decorated anew, with every text block inside it.
    const $from = tr.doc.resolve(Math.max(0, Math.min(from, to, size)))
    const $to = tr.doc.resolve(Math.min(size, Math.max(from, to, 0)))
    const lo = $from.depth > 0 ? $from.before(1) : $from.pos
    const hi = $to.depth > 0 ? $to.after(1) : $to.pos
    if (hi <= lo) continue
    // What lies inside, not the neighbours that merely end at `lo` or start at `hi`.
    const stale = next.find(lo + 1, hi - 1).filter((d) => d.from >= lo && d.to <= hi)
    next = next.remove(stale).add(tr.doc, blockDecorations(tr.doc, lo, hi))
  }
  return next
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
          apply: (tr, set) => (tr.docChanged ? redecorate(set, tr) : set),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
