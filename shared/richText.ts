import { z } from 'zod'
import { RICH_TEXT_MAX_BYTES, RICH_TEXT_MAX_DEPTH } from './limits'
import { textProblem } from './text'
import { isSafeHref, utf8ByteLength } from './richTextBasics'

// The parts the renderer's views need without zod (./richTextBasics.ts), kept exported from here.
export { EMPTY_DOC, isSafeHref, SAFE_LINK_PROTOCOLS, utf8ByteLength } from './richTextBasics'

/**
 * Rich text is stored as TipTap (ProseMirror) JSON — never HTML. This schema accepts exactly the
 * nodes and marks the app's editor produces, so a journal file cannot smuggle in anything the
 * editor would not render, and links can only point to http, https or mailto.
 */
export { RICH_TEXT_MAX_BYTES, RICH_TEXT_MAX_DEPTH }

export const BLOCK_NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'horizontalRule',
  'hardBreak',
  'text',
] as const
export const MARK_TYPES = ['bold', 'italic', 'strike', 'underline', 'code', 'link'] as const

const cleanString = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      const problem = textProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })
const attrValue = z.union([cleanString(2048), z.number(), z.boolean(), z.null()])
const attrs = z.record(cleanString(64), attrValue)

const markSchema = z
  .object({ type: z.enum(MARK_TYPES), attrs: attrs.optional() })
  .superRefine((mark, ctx) => {
    if (mark.type !== 'link') return
    const href = mark.attrs?.['href']
    if (typeof href !== 'string' || !isSafeHref(href)) {
      ctx.addIssue({ code: 'custom', path: ['attrs', 'href'], message: 'Links must use http, https or mailto' })
    }
  })

export type RichTextMark = z.infer<typeof markSchema>
export type RichTextNode = {
  type: (typeof BLOCK_NODE_TYPES)[number]
  attrs?: Record<string, string | number | boolean | null> | undefined
  marks?: RichTextMark[] | undefined
  text?: string | undefined
  content?: RichTextNode[] | undefined
}

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(BLOCK_NODE_TYPES),
      attrs: attrs.optional(),
      marks: z.array(markSchema).optional(),
      text: cleanString(RICH_TEXT_MAX_BYTES).optional(),
      content: z.array(nodeSchema).optional(),
    })
    .superRefine((node, ctx) => {
      if (node.type === 'doc') ctx.addIssue({ code: 'custom', path: ['type'], message: 'A document cannot be nested' })
      if (node.type === 'text' && (typeof node.text !== 'string' || node.text.length === 0)) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'A text node needs text' })
      }
      if (node.type !== 'text' && node.text !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'Only text nodes carry text' })
      }
    }),
)

export type RichTextDoc = { type: 'doc'; content?: RichTextNode[] | undefined }

/**
 * How deeply a value nests as rich text: the document's blocks are level 1. Counted without
 * recursion, on anything (the schema asks before it descends, so no input can exhaust the stack);
 * stops counting once past `limit`.
 */
export function richTextDepth(value: unknown, limit: number = RICH_TEXT_MAX_DEPTH): number {
  let deepest = 0
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    if (typeof node !== 'object' || node === null) continue
    const content = (node as { content?: unknown }).content
    if (!Array.isArray(content)) continue
    for (const child of content) stack.push({ node: child, depth: depth + 1 })
  }
  return deepest
}

const docShapeSchema = z
  .object({ type: z.literal('doc'), content: z.array(nodeSchema).optional() })
  .superRefine((doc, ctx) => {
    if (utf8ByteLength(JSON.stringify(doc)) > RICH_TEXT_MAX_BYTES) {
      ctx.addIssue({ code: 'custom', message: 'This text is over 1 MB; split it or shorten it' })
    }
  })

/**
 * Depth first, then the shape: a document nested past the limit is refused before it is walked.
 * Every document goes through it unless it is in stored form (below); exported for the test that
 * holds the two ways to the same answers.
 */
export const fullRichTextDocSchema: z.ZodType<RichTextDoc> = z
  .unknown()
  .superRefine((value, ctx) => {
    if (richTextDepth(value) > RICH_TEXT_MAX_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        message: `This text nests lists or quotes more than ${RICH_TEXT_MAX_DEPTH} levels deep; flatten it`,
      })
    }
  })
  .pipe(docShapeSchema)

/**
 * The rich-text schema: a document already in stored form (see `isStoredFormDoc`) is taken as it
 * is; anything else goes through the full schema above, which gives the same answer and names
 * what is wrong. Validating a journal file's documents with the schema alone was the largest part
 * of importing it (docs/performance.md); nearly every document there is in stored form.
 */
export const richTextDocSchema: z.ZodType<RichTextDoc> = z.unknown().transform((value, ctx): RichTextDoc => {
  if (isStoredFormDoc(value)) return value
  const parsed = fullRichTextDocSchema.safeParse(value)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: value })
  return z.NEVER
})

const DOC_KEYS = ['type', 'content']
const NODE_KEYS = ['type', 'attrs', 'marks', 'text', 'content']
const MARK_KEYS = ['type', 'attrs']
const NODE_TYPES: ReadonlySet<string> = new Set(BLOCK_NODE_TYPES.filter((type) => type !== 'doc'))
const MARK_TYPE_SET: ReadonlySet<string> = new Set(MARK_TYPES)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/** The object's keys are some of `known`, in that order: what the schema's output would hold. */
function keysInOrder(value: Record<string, unknown>, known: readonly string[]): boolean {
  let at = 0
  for (const key of Object.keys(value)) {
    while (at < known.length && known[at] !== key) at++
    if (at === known.length) return false
    at++
  }
  return true
}

const isCleanString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && textProblem(value) === null

function isAttrs(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  for (const key of Object.keys(value)) {
    if (!isCleanString(key, 64)) return false
    const item = value[key]
    const ok = item === null || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item)) || isCleanString(item, 2048)
    if (!ok) return false
  }
  return true
}

function isMark(value: unknown): boolean {
  if (!isPlainObject(value) || !keysInOrder(value, MARK_KEYS)) return false
  if (typeof value['type'] !== 'string' || !MARK_TYPE_SET.has(value['type'])) return false
  if ('attrs' in value && !isAttrs(value['attrs'])) return false
  if (value['type'] !== 'link') return true
  const href = (value['attrs'] as Record<string, unknown> | undefined)?.['href']
  return typeof href === 'string' && isSafeHref(href)
}

/**
 * True only for a valid document the full schema would give back unchanged: every object holds
 * only the keys the schema keeps, in the schema's order (as `JSON.stringify` of a validated
 * document, which is how the journal stores and exports them, writes them), and every rule of
 * the schema holds. Anything else — unknown keys, another order, a problem — answers false, and
 * the full schema decides. Walked without recursion, and stops past RICH_TEXT_MAX_DEPTH.
 */
export function isStoredFormDoc(value: unknown): value is RichTextDoc {
  if (!isPlainObject(value) || !keysInOrder(value, DOC_KEYS) || value['type'] !== 'doc') return false
  const stack: { nodes: unknown; depth: number }[] = []
  if ('content' in value) stack.push({ nodes: value['content'], depth: 1 })
  while (stack.length > 0) {
    const { nodes, depth } = stack.pop() as { nodes: unknown; depth: number }
    if (!Array.isArray(nodes)) return false
    if (nodes.length > 0 && depth > RICH_TEXT_MAX_DEPTH) return false
    for (const node of nodes as unknown[]) {
      if (!isPlainObject(node) || !keysInOrder(node, NODE_KEYS)) return false
      const type = node['type']
      if (typeof type !== 'string' || !NODE_TYPES.has(type)) return false
      if ('attrs' in node && !isAttrs(node['attrs'])) return false
      if ('marks' in node && !(Array.isArray(node['marks']) && node['marks'].every(isMark))) return false
      if ('text' in node) {
        if (type !== 'text' || !isCleanString(node['text'], RICH_TEXT_MAX_BYTES) || node['text'] === '') return false
      } else if (type === 'text') return false
      if ('content' in node) stack.push({ nodes: node['content'], depth: depth + 1 })
    }
  }
  return utf8ByteLength(JSON.stringify(value)) <= RICH_TEXT_MAX_BYTES
}


const BLOCK_SEPARATED = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock', 'horizontalRule'])

/** Plain text of a document, blocks separated by new lines: what search indexes and CSV carries. */
export function richTextToPlainText(doc: RichTextDoc | null | undefined): string {
  if (!doc) return ''
  const parts: string[] = []
  const walk = (node: RichTextNode): void => {
    if (node.type === 'text') {
      parts.push(node.text ?? '')
      return
    }
    if (node.type === 'hardBreak') {
      parts.push('\n')
      return
    }
    for (const child of node.content ?? []) walk(child)
    // A block ends its line once: a list item's paragraph already did, so the item adds nothing.
    if (BLOCK_SEPARATED.has(node.type) && parts.at(-1) !== '\n') parts.push('\n')
  }
  for (const child of doc.content ?? []) walk(child)
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function isEmptyDoc(doc: RichTextDoc | null | undefined): boolean {
  return richTextToPlainText(doc) === ''
}

/** A document holding plain paragraphs, one per line of the text. */
export function plainTextToDoc(text: string): RichTextDoc {
  const lines = text.split(/\r?\n/)
  return {
    type: 'doc',
    content: lines.map((line) =>
      line.length > 0 ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' },
    ),
  }
}
