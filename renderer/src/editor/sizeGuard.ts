import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { EMPTY_DOC, RICH_TEXT_MAX_BYTES, utf8ByteLength, type RichTextDoc, type RichTextNode } from '../../../shared/richText'
import { docIdentity, identityOfNodes, nodeHashOfJson, type NodeHash } from '../lib/editing/docIdentity'
import { isStoredBlockType, normalizeDoc, toStoredDoc } from './normalizeDoc'

/** Transactions carrying this meta are not size-checked: content loaded from outside the editor. */
export const SIZE_GUARD_BYPASS = 'coachbookSizeGuardBypass'

export const OVERSIZE_MESSAGE = 'This note is over 1 MB. Shorten it or split it into several notes.'

export type StoredForm = {
  /** The document as it would be stored: normalised, trailing empty paragraphs dropped. */
  doc: RichTextDoc
  /** `JSON.stringify(doc)`: what is stored. Built when first read (48 KB for 500 paragraphs). */
  readonly key: string
  /** `docIdentity(doc)`, from the blocks' node hashes: what "the same note" is compared by per key. */
  identity: string
  /** UTF-8 bytes of `key`, the measure `RICH_TEXT_MAX_BYTES` applies to. */
  bytes: number
}

const storedForms = new WeakMap<PmNode, StoredForm>()

/** One top-level block in its stored form: a keystroke changes one block, the others are reused. */
type StoredBlocks = { nodes: RichTextNode[]; json: string; bytes: number; hashes: NodeHash[] }
const storedBlocks = new WeakMap<PmNode, StoredBlocks>()

const DOC_OPEN = '{"type":"doc","content":['
const DOC_CLOSE = ']}'
const DOC_FRAME_BYTES = DOC_OPEN.length + DOC_CLOSE.length

/**
 * The stored form of an editor document, memoised per (immutable) document node and built from
 * memoised top-level blocks: ProseMirror shares unchanged blocks between successive documents, so
 * a keystroke in a 500-paragraph note normalises and serialises the one block it changed, not the
 * note. The result is the same as `toStoredDoc(node.toJSON())` and its JSON (a test holds it to
 * that). Treat it as immutable: successive forms share their unchanged blocks.
 */
export function storedFormOf(node: PmNode): StoredForm {
  const known = storedForms.get(node)
  if (known) return known
  const blocks = blocksOf(node)
  const form = blocks ? assemble(blocks) : wholeForm(node)
  storedForms.set(node, form)
  return form
}

/** UTF-8 bytes of the stored form, without assembling it (what the size guard checks per edit). */
export function storedBytesOf(node: PmNode): number {
  const known = storedForms.get(node)
  if (known) return known.bytes
  const blocks = blocksOf(node)
  if (!blocks) return storedFormOf(node).bytes
  const kept = withoutTrailingEmpty(blocks)
  let bytes = DOC_FRAME_BYTES + Math.max(0, kept.length - 1)
  for (const block of kept) bytes += block.bytes
  return bytes
}

/** The document's blocks in stored form, or null when one is not a known block (then the whole is normalised). */
function blocksOf(node: PmNode): StoredBlocks[] | null {
  const blocks: StoredBlocks[] = []
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i)
    let stored = storedBlocks.get(child)
    if (!stored) {
      if (!isStoredBlockType(child.type.name)) return null
      const nodes = normalizeDoc({ type: 'doc', content: [child.toJSON()] }).content ?? []
      const jsons = nodes.map((n) => JSON.stringify(n))
      const json = jsons.join(',')
      stored = { nodes, json, bytes: utf8ByteLength(json), hashes: jsons.map(nodeHashOfJson) }
      storedBlocks.set(child, stored)
    }
    // A block that normalises to nothing (an empty list) adds nothing, not even a comma.
    if (stored.nodes.length > 0) blocks.push(stored)
  }
  return blocks
}

function withoutTrailingEmpty(blocks: StoredBlocks[]): StoredBlocks[] {
  let end = blocks.length
  while (end > 0 && isEmptyParagraphs(blocks[end - 1])) end--
  return end === blocks.length ? blocks : blocks.slice(0, end)
}

function isEmptyParagraphs(block: StoredBlocks | undefined): boolean {
  return block !== undefined && block.nodes.every((n) => n.type === 'paragraph' && (n.content ?? []).length === 0)
}

function assemble(all: StoredBlocks[]): StoredForm {
  const blocks = withoutTrailingEmpty(all)
  if (blocks.length === 0) return formOf({ ...EMPTY_DOC, content: [] })
  const doc: RichTextDoc = { type: 'doc', content: blocks.flatMap((b) => b.nodes) }
  let bytes = DOC_FRAME_BYTES + blocks.length - 1
  for (const block of blocks) bytes += block.bytes
  let key: string | undefined
  return {
    doc,
    get key() {
      return (key ??= DOC_OPEN + blocks.map((b) => b.json).join(',') + DOC_CLOSE)
    },
    bytes,
    identity: identityOfNodes(blocks.flatMap((b) => b.hashes)),
  }
}

function wholeForm(node: PmNode): StoredForm {
  return formOf(toStoredDoc(node.toJSON()))
}

function formOf(doc: RichTextDoc): StoredForm {
  const key = JSON.stringify(doc)
  return { doc, key, bytes: utf8ByteLength(key), identity: docIdentity(doc) }
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
            const after = storedBytesOf(tr.doc)
            if (after <= maxBytes || after <= storedBytesOf(state.doc)) return true
            onRefused()
            return false
          },
        }),
      ]
    },
  })
}
