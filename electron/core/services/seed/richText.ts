import type { RichTextDoc, RichTextNode } from '../../../../shared/richText'

/** Builders for the TipTap documents the demo journal carries: paragraphs, bold, bullet lists. */

export type Inline = string | { bold: string }

export function paragraph(...parts: Inline[]): RichTextNode {
  return {
    type: 'paragraph',
    content: parts
      .filter((part) => (typeof part === 'string' ? part : part.bold).length > 0)
      .map((part) =>
        typeof part === 'string'
          ? { type: 'text', text: part }
          : { type: 'text', marks: [{ type: 'bold' }], text: part.bold },
      ),
  }
}

export function bulletList(items: readonly string[]): RichTextNode {
  return {
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  }
}

export function doc(...content: RichTextNode[]): RichTextDoc {
  return { type: 'doc', content }
}
