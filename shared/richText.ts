import { z } from 'zod'
import { RICH_TEXT_MAX_BYTES, RICH_TEXT_MAX_DEPTH } from './limits'
import { textProblem } from './text'

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

export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const

/**
 * True for http(s) URLs with a host and for mailto addresses. Control characters and spaces are
 * refused outright: browsers strip them, which is how `java\tscript:` tricks get through.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2048) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(href)) return false
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase()
  if (!scheme || !(SAFE_LINK_PROTOCOLS as readonly string[]).includes(`${scheme}:`)) return false
  if (scheme === 'mailto') return href.length > 'mailto:'.length
  return /^https?:\/\/[^/?#]+/i.test(href)
}

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

/** Depth first, then the shape: a document nested past the limit is refused before it is walked. */
export const richTextDocSchema: z.ZodType<RichTextDoc> = z
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

export const EMPTY_DOC: RichTextDoc = { type: 'doc', content: [] }

/** UTF-8 byte length without TextEncoder, which a pure (no DOM, no Node) module cannot name. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
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
