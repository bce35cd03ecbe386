import type { RichTextDoc, RichTextMark, RichTextNode } from './richText'

/**
 * Rich text as the journal stores it since issue 13's size budget: a short form of the TipTap JSON
 * that gives back exactly the same JSON text, read together with the plain text stored beside it.
 * Two thirds of a stored document was structure — `{"type":"paragraph","content":[{"type":"text",
 * "text":"…"}]}` carries 58 characters around the words — and its words were stored twice, in the
 * JSON and in the plain-text column the search and the CSV read. The briefs' documents were the
 * largest part of a journal (docs/performance.md, "Database size").
 *
 * The short form is a JSON array (the long form is an object, so a column's first character says
 * which it holds, and journals written before keep reading):
 *
 *   document         [item, item, …]                         (its `content`)
 *   text             "the words", or a length n ≥ 0: the next n characters of the plain text
 *   skip             a number −k (not a node): the next k characters of the plain text are not a
 *                    node's (the line breaks between blocks)
 *   marked text      {"letters": words}                      marks without attributes, e.g. {"b":12}
 *   any other node   [tag, attrs?, marks?, text?, item, item, …]
 *
 * A tag is the node type's letter followed by a flag for each optional key the node has:
 * `@` attrs, `*` marks, `$` text, and `~` to say a node's `content` is absent (for a text node,
 * present). Marks are a string of letters when none has attributes, else an array of a letter or
 * `[letter, attrs]`. Attributes are kept as they are (their keys in their order).
 *
 * The words come from the plain text in the order the document holds them — the order
 * `richTextToPlainText` writes them — each found after the previous one; a word not found there
 * (leading spaces the plain text trims, say) is kept in the short form itself. So the short form
 * reads only with the very plain text it was packed with: the two columns are always written
 * together (electron/core/db/columns.ts), and nothing may change one without the other.
 *
 * Packing is exact or refused: only a document whose every object holds the keys of the stored
 * form in the stored order (`isStoredFormDoc`'s rule: what `JSON.stringify` of a validated document
 * writes) is packed, so unpacking builds the same objects with the same key order and
 * `JSON.stringify` of them is the text that was packed. Anything else is stored as JSON, as before.
 */

const NODE_LETTERS: Record<string, string> = {
  paragraph: 'p',
  heading: 'h',
  bulletList: 'u',
  orderedList: 'o',
  listItem: 'l',
  blockquote: 'q',
  codeBlock: 'c',
  horizontalRule: 'r',
  hardBreak: 'n',
  text: 't',
}
const MARK_LETTERS: Record<string, string> = { bold: 'b', italic: 'i', strike: 's', underline: 'u', code: 'c', link: 'a' }
const invert = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([name, letter]) => [letter, name]))
const NODE_NAMES = invert(NODE_LETTERS)
const MARK_NAMES = invert(MARK_LETTERS)

const NODE_KEYS = ['type', 'attrs', 'marks', 'text', 'content']
const MARK_KEYS = ['type', 'attrs']

type Packed = string | number | Packed[] | Record<string, unknown>

/** Stops a walk: the value is not in the stored form, so it is kept as JSON. */
class NotPackable extends Error {}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

function assertKeysInOrder(value: Record<string, unknown>, known: readonly string[]): void {
  let at = 0
  for (const key of Object.keys(value)) {
    while (at < known.length && known[at] !== key) at++
    if (at === known.length) throw new NotPackable()
    at++
  }
}

/** Where packing is in the plain text: each word is looked for after the previous one. */
class Packer {
  private at = 0
  constructor(private readonly plain: string) {}

  pack(nodes: unknown[]): Packed[] {
    const out: Packed[] = []
    for (const node of nodes) this.item(node, out)
    return out
  }

  /** The node's words as a length into the plain text (after a skip pushed to `out`), or as they are. */
  private words(text: string, out: Packed[]): string | number {
    const found = this.plain.indexOf(text, this.at)
    if (found < 0) return text
    if (found > this.at) out.push(this.at - found)
    this.at = found + text.length
    return text.length
  }

  private item(node: unknown, out: Packed[]): void {
    if (!isPlainObject(node)) throw new NotPackable()
    assertKeysInOrder(node, NODE_KEYS)
    const type = node['type']
    const letter = typeof type === 'string' ? NODE_LETTERS[type] : undefined
    if (letter === undefined) throw new NotPackable()
    const text = node['text']
    if ('text' in node && typeof text !== 'string') throw new NotPackable()
    const hasContent = 'content' in node
    if (type === 'text' && typeof text === 'string' && !hasContent && !('attrs' in node)) {
      if (!('marks' in node)) {
        out.push(this.words(text, out))
        return
      }
      const marks = packMarks(node['marks'])
      // An empty list of marks is kept as the array form: `{"": …}` would read as any other text.
      if (typeof marks === 'string' && marks !== '') {
        const words = this.words(text, out)
        out.push({ [marks]: words })
        return
      }
    }
    let tag = letter
    const packed: Packed[] = [tag]
    if ('attrs' in node) {
      if (!isPlainObject(node['attrs'])) throw new NotPackable()
      tag += '@'
      packed.push(node['attrs'])
    }
    if ('marks' in node) {
      tag += '*'
      packed.push(packMarks(node['marks']))
    }
    if (typeof text === 'string') {
      tag += '$'
      packed.push(this.words(text, out))
    }
    if (hasContent === (type === 'text')) tag += '~'
    if (hasContent) {
      if (!Array.isArray(node['content'])) throw new NotPackable()
      for (const child of node['content'] as unknown[]) this.item(child, packed)
    }
    packed[0] = tag
    out.push(packed)
  }
}

/** A mark's letters when none has attributes (`""` for none), else the array form. */
function packMarks(marks: unknown): Packed {
  if (!Array.isArray(marks)) throw new NotPackable()
  let letters = ''
  let plain = true
  const packed: Packed[] = marks.map((mark: unknown) => {
    if (!isPlainObject(mark)) throw new NotPackable()
    assertKeysInOrder(mark, MARK_KEYS)
    const letter = typeof mark['type'] === 'string' ? MARK_LETTERS[mark['type']] : undefined
    if (letter === undefined) throw new NotPackable()
    letters += letter
    if (!('attrs' in mark)) return letter
    plain = false
    if (!isPlainObject(mark['attrs'])) throw new NotPackable()
    return [letter, mark['attrs']]
  })
  return plain ? letters : packed
}

/**
 * The short form of a document whose plain text (as stored beside it) is `plain`, or null when it
 * cannot be packed exactly (then store `JSON.stringify(doc)`). Recursion is bounded by the
 * rich-text depth limit the document passed.
 */
export function packRichText(doc: unknown, plain: string): string | null {
  if (!isPlainObject(doc) || doc['type'] !== 'doc' || !Array.isArray(doc['content'])) return null
  const keys = Object.keys(doc)
  if (keys.length !== 2 || keys[0] !== 'type' || keys[1] !== 'content') return null
  let packed: string
  try {
    packed = JSON.stringify(new Packer(plain).pack(doc['content'] as unknown[]))
  } catch (error) {
    if (error instanceof NotPackable) return null
    throw error
  }
  // Exact or refused, and checked: a short form that would not give back the very text of the
  // document (a case the rules above missed) is not kept; the JSON is stored instead. One more walk
  // per save, against words that could otherwise read back changed.
  try {
    return richTextJsonOf(packed, plain) === JSON.stringify(doc) ? packed : null
  } catch {
    return null
  }
}

class DamagedRichText extends Error {
  constructor(what: string) {
    super(`Damaged rich text: ${what}`)
  }
}

class Unpacker {
  private at = 0
  constructor(private readonly plain: string) {}

  unpack(items: unknown[]): RichTextNode[] {
    const nodes: RichTextNode[] = []
    for (const item of items) {
      if (typeof item === 'number' && item < 0) this.skipOver(-item)
      else nodes.push(this.node(item))
    }
    return nodes
  }

  skipOver(count: number): void {
    if (!Number.isInteger(count) || this.at + count > this.plain.length) throw new DamagedRichText('the plain text does not fit')
    this.at += count
  }

  wordsOf(value: unknown): string {
    if (typeof value === 'string') return value
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || this.at + value > this.plain.length) {
      throw new DamagedRichText('the plain text does not fit')
    }
    const words = this.plain.slice(this.at, this.at + value)
    this.at += value
    return words
  }

  private node(item: unknown): RichTextNode {
    if (typeof item === 'string' || typeof item === 'number') return { type: 'text', text: this.wordsOf(item) }
    if (isPlainObject(item)) {
      const [letters, words] = Object.entries(item)[0] ?? []
      if (letters === undefined) throw new DamagedRichText('marked text')
      return { type: 'text', marks: unpackMarks(letters), text: this.wordsOf(words) }
    }
    if (!Array.isArray(item) || typeof item[0] !== 'string') throw new DamagedRichText('node')
    const tag = item[0]
    const type = NODE_NAMES[tag[0] ?? '']
    if (type === undefined) throw new DamagedRichText('unknown node')
    const node: Record<string, unknown> = { type }
    let at = 1
    if (tag.includes('@')) node['attrs'] = item[at++]
    if (tag.includes('*')) node['marks'] = unpackMarks(item[at++])
    if (tag.includes('$')) node['text'] = this.wordsOf(item[at++])
    if (tag.includes('~') === (type === 'text')) node['content'] = this.unpack(item.slice(at))
    return node as RichTextNode
  }
}

function unpackMarks(marks: unknown): RichTextMark[] {
  if (typeof marks === 'string') return [...marks].map((letter) => ({ type: markName(letter) }) as RichTextMark)
  if (!Array.isArray(marks)) throw new DamagedRichText('marks')
  return marks.map(
    (mark: unknown) =>
      (typeof mark === 'string'
        ? { type: markName(mark) }
        : { type: markName((mark as unknown[])[0]), attrs: (mark as unknown[])[1] }) as RichTextMark,
  )
}

function markName(letter: unknown): string {
  const name = typeof letter === 'string' ? MARK_NAMES[letter] : undefined
  if (name === undefined) throw new DamagedRichText('unknown mark')
  return name
}

/** Whether a stored rich-text column holds the short form (else it holds the document's JSON). */
export const isPackedRichText = (stored: string): boolean => stored.charCodeAt(0) === 0x5b /* [ */

/** The document a stored rich-text column holds, in either form, read with its stored plain text. */
export function unpackRichText(stored: string, plain: string): RichTextDoc {
  if (!isPackedRichText(stored)) return JSON.parse(stored) as RichTextDoc
  const items: unknown = JSON.parse(stored)
  if (!Array.isArray(items)) throw new DamagedRichText('document')
  return { type: 'doc', content: new Unpacker(plain).unpack(items) }
}

/**
 * The JSON text of the document a stored rich-text column holds: the text that was packed. Written
 * straight from the short form, without building the document first (the export writes every
 * document of the journal this way); the same text as `JSON.stringify(unpackRichText(…))`, which
 * the tests hold it to.
 */
export function richTextJsonOf(stored: string, plain: string): string
export function richTextJsonOf(stored: string | null, plain: string): string | null
export function richTextJsonOf(stored: string | null, plain: string): string | null {
  if (stored === null || !isPackedRichText(stored)) return stored
  const items: unknown = JSON.parse(stored)
  if (!Array.isArray(items)) throw new DamagedRichText('document')
  return `{"type":"doc","content":[${new JsonWriter(plain).items(items)}]}`
}

/** `Unpacker`'s walk, writing each node's JSON as `JSON.stringify` would (keys in the stored order). */
class JsonWriter {
  private readonly reader: Unpacker
  constructor(plain: string) {
    this.reader = new Unpacker(plain)
  }

  items(items: unknown[]): string {
    let out = ''
    for (const item of items) {
      if (typeof item === 'number' && item < 0) {
        this.reader.skipOver(-item)
        continue
      }
      out += out === '' ? this.node(item) : `,${this.node(item)}`
    }
    return out
  }

  private node(item: unknown): string {
    if (typeof item === 'string' || typeof item === 'number') return `{"type":"text","text":${JSON.stringify(this.reader.wordsOf(item))}}`
    if (isPlainObject(item)) {
      const [letters, words] = Object.entries(item)[0] ?? []
      if (letters === undefined) throw new DamagedRichText('marked text')
      return `{"type":"text","marks":${JSON.stringify(unpackMarks(letters))},"text":${JSON.stringify(this.reader.wordsOf(words))}}`
    }
    if (!Array.isArray(item) || typeof item[0] !== 'string') throw new DamagedRichText('node')
    const tag = item[0]
    const type = NODE_NAMES[tag[0] ?? '']
    if (type === undefined) throw new DamagedRichText('unknown node')
    let out = `{"type":"${type}"`
    let at = 1
    if (tag.includes('@')) out += `,"attrs":${JSON.stringify(item[at++])}`
    if (tag.includes('*')) out += `,"marks":${JSON.stringify(unpackMarks(item[at++]))}`
    if (tag.includes('$')) out += `,"text":${JSON.stringify(this.reader.wordsOf(item[at++]))}`
    if (tag.includes('~') === (type === 'text')) out += `,"content":[${this.items(item.slice(at))}]`
    return `${out}}`
  }
}

/** What a rich-text column stores for a document with this plain text: its short form when exact, else its JSON. */
export function storedRichText(doc: RichTextDoc, plain: string): string {
  return packRichText(doc, plain) ?? JSON.stringify(doc)
}
