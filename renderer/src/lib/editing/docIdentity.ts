import type { RichTextDoc } from '../../../../shared/richText'

/**
 * A short stand-in for a rich-text note: a 53-bit hash of its top-level nodes' JSON, in order, and
 * the length of its whole JSON. Two places compare notes at every keystroke: the autosave, to know
 * whether something is unsaved (`formKey`), and the editor, to tell its own edit coming back from a
 * note loaded from outside. With the note's JSON in those comparisons, a key in a 500-paragraph
 * note cost a 48 KB `JSON.stringify` and a 48 KB hash. The editor builds its stored form block by
 * block and keeps each block's node hashes (sizeGuard.ts), so its note's identity costs one pass
 * over 500 numbers and is handed over here (`rememberDocIdentity`); a note that came from elsewhere
 * (the journal's copy) is hashed once, node by node. Equal notes get equal identities; different
 * notes would need the same length and a 53-bit hash collision to be taken for one.
 */
const identities = new WeakMap<object, string>()

/** `{"type":"doc","content":[` and `]}`: the frame of a plain note's JSON around its nodes. */
const FRAME_LENGTH = JSON.stringify({ type: 'doc', content: [] }).length

/** One top-level node's part of a note's identity. */
export type NodeHash = { hash: number; length: number }

export function nodeHashOf(node: unknown): NodeHash {
  return nodeHashOfJson(JSON.stringify(node))
}

export function nodeHashOfJson(json: string): NodeHash {
  return { hash: hashKey(json), length: json.length }
}

/** The identity of a plain note (`{ type: 'doc', content }`) from its nodes' hashes, in order. */
export function identityOfNodes(nodes: readonly NodeHash[]): string {
  let h1 = 0x9e3779b9
  let h2 = 0x85ebca6b
  let length = FRAME_LENGTH + Math.max(0, nodes.length - 1)
  for (const node of nodes) {
    length += node.length
    // Both 26-bit-or-so halves of the node's 53-bit hash go into the running hash, in order.
    for (const part of [node.hash % 4294967296, Math.floor(node.hash / 4294967296)]) {
      h1 = Math.imul(h1 ^ part, 2654435761)
      h2 = Math.imul(h2 ^ part, 1597334677)
    }
  }
  return `n${finish(h1, h2).toString(36)}:${length}`
}

export function rememberDocIdentity(doc: RichTextDoc, identity: string): void {
  identities.set(doc, identity)
}

export function docIdentity(doc: RichTextDoc): string {
  let identity = identities.get(doc)
  if (identity === undefined) {
    const keys = Object.keys(doc)
    const plain = Array.isArray(doc.content) && keys.length === 2 && keys[0] === 'type' && keys[1] === 'content'
    if (plain) identity = identityOfNodes((doc.content ?? []).map(nodeHashOf))
    else {
      // Not in the stored shape (no content, or more fields): by its whole JSON, never equal to a plain note's.
      const json = JSON.stringify(doc)
      identity = `j${hashKey(json).toString(36)}:${json.length}`
    }
    identities.set(doc, identity)
  }
  return identity
}

/** A form's (or a save's) key for the autosave: its JSON, each rich-text note by its identity. */
export function formKey(value: unknown): string {
  return JSON.stringify(value, (_name, field: unknown) => (isRichTextDoc(field) ? `doc#${docIdentity(field)}` : field)) ?? 'undefined'
}

function isRichTextDoc(value: unknown): value is RichTextDoc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { type?: unknown }).type === 'doc'
}

/** A 53-bit string hash (cyrb53). */
export function hashKey(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  return finish(h1, h2)
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
