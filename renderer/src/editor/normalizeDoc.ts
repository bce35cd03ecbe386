import type { RichTextDoc, RichTextMark, RichTextNode } from '../../../shared/richText'
import { EMPTY_DOC, isSafeHref, utf8ByteLength } from '../../../shared/richTextBasics'

/**
 * Reduces any TipTap/ProseMirror-shaped JSON to the stored rich-text format, so what leaves the
 * editor always passes `richTextDocSchema`: unknown nodes unwrap to their content (or text),
 * unknown marks are dropped, unsafe links lose their link, attributes are limited to the ones each
 * node or mark really has, and the nesting is repaired (text never sits directly in a list, a list
 * only holds items, a paragraph never holds a block) so the editor can load the result again.
 *
 * Total and pure: it never throws, whatever it is given.
 */
export function normalizeDoc(json: unknown): RichTextDoc {
  if (!isRecord(json)) return { type: 'doc', content: [] }
  const children = json['type'] === 'doc' ? asArray(json['content']) : [json]
  return { type: 'doc', content: toBlocks(children, 0) }
}

/**
 * The form a document is stored and compared in: normalised, with trailing empty paragraphs (which
 * the editor keeps so there is always somewhere to type) removed, and a blank note as `content: []`.
 */
export function toStoredDoc(json: unknown): RichTextDoc {
  const doc = normalizeDoc(json)
  const content = [...(doc.content ?? [])]
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1])) content.pop()
  return content.length === 0 ? { ...EMPTY_DOC, content: [] } : { type: 'doc', content }
}

/** A stable key for "is this the same note": equal keys mean equal stored documents. */
export function storedDocKey(json: unknown): string {
  return JSON.stringify(toStoredDoc(json))
}

/** Bytes of a document as stored (UTF-8 of its JSON), the measure `RICH_TEXT_MAX_BYTES` applies to. */
export function docByteLength(doc: unknown): number {
  return utf8ByteLength(JSON.stringify(doc))
}

/** A top-level node the stored format keeps as a block of its own (normalised alone, it stays one). */
export function isStoredBlockType(type: string): boolean {
  return BLOCK_TYPES.has(type)
}

// Deeper nesting than any real note has; past it content is flattened to keep recursion bounded.
const MAX_DEPTH = 40

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule'])
const INLINE_TYPES = new Set(['text', 'hardBreak'])
const SIMPLE_MARKS = new Set(['bold', 'italic', 'strike', 'underline', 'code'])

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function typeOf(node: unknown): string | undefined {
  return isRecord(node) && typeof node['type'] === 'string' ? node['type'] : undefined
}

function isEmptyParagraph(node: RichTextNode | undefined): boolean {
  return node?.type === 'paragraph' && (node.content ?? []).length === 0
}

/** Content for a place that holds blocks (the document, a quote, a list item). */
function toBlocks(children: unknown[], depth: number): RichTextNode[] {
  const blocks: RichTextNode[] = []
  let inline: RichTextNode[] = []
  const flushInline = (): void => {
    if (inline.length > 0) blocks.push({ type: 'paragraph', content: inline })
    inline = []
  }
  for (const child of children) {
    const type = typeOf(child)
    if (type === undefined || !isRecord(child)) continue
    if (INLINE_TYPES.has(type)) {
      inline.push(...toInline([child]))
      continue
    }
    flushInline()
    if (depth >= MAX_DEPTH) {
      const flat = toInline([child])
      if (flat.length > 0) blocks.push({ type: 'paragraph', content: flat })
    } else if (BLOCK_TYPES.has(type)) {
      const block = toBlock(type, child, depth)
      if (block) blocks.push(block)
    } else if (type === 'listItem') {
      // A list item out of place keeps its content rather than its bullet.
      blocks.push(...toBlocks(asArray(child['content']), depth + 1))
    } else {
      unwrapUnknown(child, depth, (nodes) => {
        for (const node of nodes) {
          if (INLINE_TYPES.has(node.type)) inline.push(node)
          else {
            flushInline()
            blocks.push(node)
          }
        }
      })
    }
  }
  flushInline()
  return blocks
}

/** Unknown nodes give up their wrapper: their text if they carry some, otherwise their children. */
function unwrapUnknown(node: Json, depth: number, emit: (nodes: RichTextNode[]) => void): void {
  if (typeof node['text'] === 'string') {
    emit(toInline([{ type: 'text', text: node['text'], marks: node['marks'] }]))
    return
  }
  emit(toBlocks(asArray(node['content']), depth + 1))
}

function toBlock(type: string, node: Json, depth: number): RichTextNode | null {
  const content = asArray(node['content'])
  switch (type) {
    case 'paragraph':
      return withContent({ type: 'paragraph' }, toInline(content))
    case 'heading':
      return withContent({ type: 'heading', attrs: { level: headingLevel(node) } }, toInline(content))
    case 'codeBlock': {
      const text = plainTextOf(content)
      const language = attrOf(node, 'language')
      const block: RichTextNode = {
        type: 'codeBlock',
        attrs: { language: typeof language === 'string' && language.length <= 64 ? language : null },
      }
      return withContent(block, text.length > 0 ? [{ type: 'text', text }] : [])
    }
    case 'blockquote': {
      const inner = toBlocks(content, depth + 1)
      return { type: 'blockquote', content: inner.length > 0 ? inner : [{ type: 'paragraph' }] }
    }
    case 'bulletList':
    case 'orderedList': {
      const items = toListItems(content, depth + 1)
      if (items.length === 0) return null
      if (type === 'bulletList') return { type, content: items }
      return { type, attrs: { start: listStart(node), type: listStyle(node) }, content: items }
    }
    case 'horizontalRule':
      return { type: 'horizontalRule' }
    default:
      return null
  }
}

function toListItems(children: unknown[], depth: number): RichTextNode[] {
  const items: RichTextNode[] = []
  let loose: unknown[] = []
  const flushLoose = (): void => {
    const blocks = toBlocks(loose, depth)
    if (blocks.length > 0) items.push(listItem(blocks))
    loose = []
  }
  for (const child of children) {
    const type = typeOf(child)
    if (type === undefined || !isRecord(child)) continue
    if (type === 'listItem') {
      flushLoose()
      items.push(listItem(toBlocks(asArray(child['content']), depth + 1)))
    } else if (type === 'bulletList' || type === 'orderedList') {
      // A list nested straight in a list (as some HTML does) belongs to the item before it.
      flushLoose()
      const nested = toBlock(type, child, depth)
      const previous = items[items.length - 1]
      if (nested && previous) previous.content = [...(previous.content ?? []), nested]
      else if (nested) items.push(listItem([nested]))
    } else {
      loose.push(child)
    }
  }
  flushLoose()
  return items
}

/** A list item must start with a paragraph (the editor's `paragraph block*`). */
function listItem(blocks: RichTextNode[]): RichTextNode {
  const first = blocks[0]
  if (first?.type === 'paragraph') return { type: 'listItem', content: blocks }
  return { type: 'listItem', content: [{ type: 'paragraph' }, ...blocks] }
}

/**
 * Content for a place that holds text (a paragraph or heading): blocks inside are flattened, their
 * words separated by line breaks. Iterative, so no nesting depth can overflow the stack.
 */
function toInline(children: unknown[]): RichTextNode[] {
  const out: RichTextNode[] = []
  const BLOCK_START = Symbol('block')
  let pendingBreak = false
  const push = (node: RichTextNode): void => {
    if (pendingBreak && node.type !== 'hardBreak') out.push({ type: 'hardBreak' })
    pendingBreak = false
    out.push(node)
  }
  const stack: unknown[] = [...children].reverse()
  while (stack.length > 0) {
    const child = stack.pop()
    if (child === BLOCK_START) {
      pendingBreak = pendingBreak || out.length > 0
      continue
    }
    const type = typeOf(child)
    if (type === undefined || !isRecord(child)) continue
    if (type === 'hardBreak') {
      push({ type: 'hardBreak' })
    } else if (type === 'text' || typeof child['text'] === 'string') {
      const text = child['text']
      if (typeof text !== 'string' || text.length === 0) continue
      const marks = toMarks(child['marks'])
      push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
    } else {
      const content = asArray(child['content'])
      for (let i = content.length - 1; i >= 0; i--) stack.push(content[i])
      if (BLOCK_TYPES.has(type) || type === 'listItem') stack.push(BLOCK_START)
    }
  }
  return out
}

function toMarks(value: unknown): RichTextMark[] {
  const marks: RichTextMark[] = []
  const seen = new Set<string>()
  for (const mark of asArray(value)) {
    const type = typeOf(mark)
    if (type === undefined || !isRecord(mark) || seen.has(type)) continue
    if (SIMPLE_MARKS.has(type)) {
      marks.push({ type: type as RichTextMark['type'] })
      seen.add(type)
    } else if (type === 'link') {
      const href = attrOf(mark, 'href')
      if (typeof href !== 'string' || !isSafeHref(href)) continue
      const title = attrOf(mark, 'title')
      const attrs: Record<string, string> = { href }
      if (typeof title === 'string' && title.length > 0 && title.length <= 2048) attrs['title'] = title
      marks.push({ type: 'link', attrs })
      seen.add(type)
    }
  }
  return marks
}

function attrOf(node: Json, name: string): unknown {
  const attrs = node['attrs']
  return isRecord(attrs) ? attrs[name] : undefined
}

function headingLevel(node: Json): number {
  const level = Number(attrOf(node, 'level'))
  if (!Number.isFinite(level)) return 1
  return Math.min(3, Math.max(1, Math.trunc(level)))
}

function listStart(node: Json): number {
  const start = Number(attrOf(node, 'start'))
  return Number.isSafeInteger(start) && start >= 0 && start <= 1_000_000 ? start : 1
}

function listStyle(node: Json): string | null {
  const style = attrOf(node, 'type')
  return typeof style === 'string' && /^[aAiI1]$/.test(style) ? style : null
}

function plainTextOf(children: unknown[]): string {
  let text = ''
  const stack: unknown[] = [...children].reverse()
  while (stack.length > 0) {
    const child = stack.pop()
    if (!isRecord(child)) continue
    if (typeof child['text'] === 'string') text += child['text']
    else if (child['type'] === 'hardBreak') text += '\n'
    else {
      const content = asArray(child['content'])
      for (let i = content.length - 1; i >= 0; i--) stack.push(content[i])
    }
  }
  return text
}

function withContent(node: RichTextNode, content: RichTextNode[]): RichTextNode {
  return content.length > 0 ? { ...node, content } : node
}
