import { describe, expect, it } from 'vitest'
import {
  EMPTY_DOC,
  RICH_TEXT_MAX_BYTES,
  isEmptyDoc,
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
