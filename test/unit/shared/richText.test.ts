import { describe, expect, it } from 'vitest'
import {
  EMPTY_DOC,
  RICH_TEXT_MAX_BYTES,
  fullRichTextDocSchema,
  isEmptyDoc,
  isStoredFormDoc,
  isSafeHref,
  plainTextToDoc,
  richTextDocSchema,
  richTextToPlainText,
  utf8ByteLength,
  type RichTextDoc,
  type RichTextNode,
} from '../../../shared/richText'
import { describeFirstIssue } from '../../../shared/validation'

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text: value, marks })
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })
const item = (value: string): RichTextNode => ({ type: 'listItem', content: [para(text(value))] })
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content })
const linked = (href: string) => doc(para(text('click', [{ type: 'link', attrs: { href } }])))

describe('richTextToPlainText', () => {
  it('joins blocks with new lines and keeps the words of marked text', () => {
    const value = doc(
      { type: 'heading', attrs: { level: 3 }, content: [text('Risks')] },
      para(text('Dana leads '), text('everything', [{ type: 'bold' }]), text('.')),
      para(text('line one'), { type: 'hardBreak' }, text('line two')),
    )
    expect(richTextToPlainText(value)).toBe('Risks\nDana leads everything.\nline one\nline two')
  })

  it('puts each list item on its own line', () => {
    const value = doc(para(text('Notes:')), { type: 'bulletList', content: [item('Opened well'), item('No next step')] })
    expect(richTextToPlainText(value)).toBe('Notes:\nOpened well\nNo next step')
  })

  it('answers an empty string for no document or an empty one', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText(undefined)).toBe('')
    expect(richTextToPlainText(EMPTY_DOC)).toBe('')
    expect(richTextToPlainText(doc(para(), para()))).toBe('')
    expect(isEmptyDoc(doc(para()))).toBe(true)
    expect(isEmptyDoc(doc(para(text('x'))))).toBe(false)
  })

  it('round-trips plain text through plainTextToDoc', () => {
    const value = plainTextToDoc('first\r\nsecond')
    expect(richTextDocSchema.safeParse(value).success).toBe(true)
    expect(richTextToPlainText(value)).toBe('first\nsecond')
  })
})

describe('isSafeHref', () => {
  it('allows http, https with a host, and mailto', () => {
    for (const href of ['https://crm.example.com/a?b=1#c', 'http://example.com', 'HTTPS://EXAMPLE.COM', 'mailto:sam@example.com']) {
      expect(isSafeHref(href), href).toBe(true)
    }
  })

  it('refuses scripts, data, hidden control characters and hostless or empty links', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'https:/only-one-slash',
      'https://',
      'mailto:',
      '//example.com',
      '',
      `https://example.com/${'a'.repeat(2048)}`,
    ]) {
      expect(isSafeHref(href), JSON.stringify(href)).toBe(false)
    }
  })
})

describe('richTextDocSchema', () => {
  it('accepts what the editor produces: marks, links, lists, headings', () => {
    const value = doc(
      para(text('See the '), text('playbook', [{ type: 'link', attrs: { href: 'https://wiki.example.com', target: '_blank', class: null } }])),
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [item('one')] },
      { type: 'horizontalRule' },
      { type: 'codeBlock', attrs: { language: null }, content: [text('x = 1')] },
    )
    expect(richTextDocSchema.parse(value)).toEqual(value)
  })

  it('refuses links to scripts or data, naming the field', () => {
    for (const href of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>']) {
      const result = richTextDocSchema.safeParse(linked(href))
      expect(result.success, href).toBe(false)
      if (!result.success) {
        expect(describeFirstIssue(result.error)).toBe('content[0].content[0].marks[0].attrs.href: Links must use http, https or mailto')
      }
    }
    expect(richTextDocSchema.safeParse(doc(para(text('x', [{ type: 'link' }])))).success).toBe(false)
  })

  it('refuses HTML-ish nodes, nested documents, empty text and text on blocks', () => {
    expect(richTextDocSchema.safeParse({ type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] }).success).toBe(false)
    expect(richTextDocSchema.safeParse(doc({ type: 'doc' } as never)).success).toBe(false)
    expect(richTextDocSchema.safeParse(doc(para({ type: 'text', text: '' }))).success).toBe(false)
    expect(richTextDocSchema.safeParse(doc({ type: 'paragraph', text: 'loose' })).success).toBe(false)
    expect(richTextDocSchema.safeParse({ type: 'html', content: [] }).success).toBe(false)
    expect(richTextDocSchema.safeParse('<p>hi</p>').success).toBe(false)
  })

  it('refuses a document over 1 MB and accepts one just under', () => {
    const sized = (bytes: number) => {
      const overhead = utf8ByteLength(JSON.stringify(doc(para(text('')))))
      return doc(para(text('a'.repeat(bytes - overhead))))
    }
    expect(utf8ByteLength(JSON.stringify(sized(RICH_TEXT_MAX_BYTES)))).toBe(RICH_TEXT_MAX_BYTES)
    expect(richTextDocSchema.safeParse(sized(RICH_TEXT_MAX_BYTES)).success).toBe(true)
    const over = richTextDocSchema.safeParse(sized(RICH_TEXT_MAX_BYTES + 1))
    expect(over.success).toBe(false)
    if (!over.success) expect(describeFirstIssue(over.error)).toBe('This text is over 1 MB; split it or shorten it')
  })

  it('drops fields the editor does not know', () => {
    expect(richTextDocSchema.parse({ type: 'doc', content: [], onclick: 'x' })).toEqual({ type: 'doc', content: [] })
  })
})

describe('utf8ByteLength', () => {
  it('counts bytes as UTF-8 does', () => {
    for (const value of ['', 'abc', 'é', '€', '😀', 'a😀é€']) {
      expect(utf8ByteLength(value), value).toBe(Buffer.byteLength(value, 'utf8'))
    }
  })
})

describe('isStoredFormDoc (the schema taking a document in stored form as it is)', () => {
  /** A small deterministic generator: the same documents on every run. */
  function random(seed: number) {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state / 2147483648
    }
  }
  const pick = <T,>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const TYPES = ['paragraph', 'heading', 'bulletList', 'listItem', 'blockquote', 'codeBlock', 'hardBreak', 'text', 'doc', 'script']
  const TEXTS = ['Dana', 'a', '', 'x\u0007y', 'é ✓', '\ud800', 'long '.repeat(40)]
  const HREFS = ['https://crm.example.com/x', 'mailto:sam@example.com', 'javascript:alert(1)', '', 7]
  const ATTR_VALUES = [1, 'left', null, true, { nested: 1 }, 'a\u0000', Number.NaN]

  /** A document of random nodes, now and then with something the schema refuses, drops or reorders. */
  function randomDoc(next: () => number): unknown {
    const node = (depth: number): Record<string, unknown> => {
      const type = next() < 0.95 ? pick(next, TYPES.slice(0, 8)) : pick(next, TYPES)
      const out: Record<string, unknown> = { type }
      if (next() < 0.3) out['attrs'] = next() < 0.9 ? { level: pick(next, ATTR_VALUES.slice(0, 4)) } : { [pick(next, ['k', 'x'.repeat(70)])]: pick(next, ATTR_VALUES) }
      if (type === 'text' || next() < 0.02) {
        if (next() < 0.2) out['marks'] = [next() < 0.5 ? { type: 'bold' } : { type: pick(next, ['link', 'link', 'blink']), attrs: { href: pick(next, HREFS) } }]
        out['text'] = next() < 0.9 ? 'words' : pick(next, TEXTS)
      }
      if (type !== 'text' && depth < 4 && next() < 0.6) out['content'] = Array.from({ length: Math.floor(next() * 3) }, () => node(depth + 1))
      if (next() < 0.03) out['onclick'] = 'x'
      if (next() < 0.03) return Object.fromEntries(Object.entries(out).reverse())
      return out
    }
    const root: Record<string, unknown> = { type: next() < 0.98 ? 'doc' : 'html', content: Array.from({ length: Math.floor(next() * 4) }, () => node(1)) }
    return next() < 0.05 ? { content: root['content'], type: root['type'] } : root
  }

  it('is true only where the full schema gives the very same document back, and for every document it gave back', () => {
    const next = random(13)
    let taken = 0
    for (let i = 0; i < 800; i++) {
      const value = randomDoc(next)
      const full = fullRichTextDocSchema.safeParse(value)
      if (isStoredFormDoc(value)) {
        taken++
        expect(full.success).toBe(true)
        expect(JSON.stringify(full.data)).toBe(JSON.stringify(value))
      }
      if (full.success) {
        const stored = JSON.parse(JSON.stringify(full.data)) as unknown
        expect(isStoredFormDoc(stored)).toBe(true)
        expect(richTextDocSchema.parse(stored)).toBe(stored)
      }
    }
    // Both sides were exercised: most documents are valid, some are not.
    expect(taken).toBeGreaterThan(150)
    expect(taken).toBeLessThan(800)
  })

  it('leaves other forms to the full schema, which drops, reorders and names problems as before', () => {
    const stored = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }] }
    expect(isStoredFormDoc(stored)).toBe(true)
    const reordered = { content: [{ content: [{ text: 'hi', type: 'text' }], type: 'paragraph' }], type: 'doc' }
    expect(isStoredFormDoc(reordered)).toBe(false)
    expect(JSON.stringify(richTextDocSchema.parse(reordered))).toBe(JSON.stringify(stored))
    expect(isStoredFormDoc({ ...stored, extra: 1 })).toBe(false)
    const deep = (depth: number): unknown => (depth === 0 ? { type: 'paragraph' } : { type: 'blockquote', content: [deep(depth - 1)] })
    expect(isStoredFormDoc({ type: 'doc', content: [deep(40)] })).toBe(false)
    const result = richTextDocSchema.safeParse({ type: 'doc', content: [deep(40)] })
    expect(result.success).toBe(false)
    if (!result.success) expect(describeFirstIssue(result.error)).toMatch(/nests lists or quotes more than 32 levels deep/)
  })
})
