import { describe, expect, it } from 'vitest'
import { BLOCK_NODE_TYPES, MARK_TYPES, richTextDocSchema, type RichTextDoc } from '../../../../shared/richText'
import { normalizeDoc, storedDocKey, toStoredDoc } from '../../../../renderer/src/editor/normalizeDoc'

const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text })
const p = (...content: unknown[]) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })
const doc = (...content: unknown[]) => ({ type: 'doc', content })

function valid(value: unknown): RichTextDoc {
  const result = normalizeDoc(value)
  const parsed = richTextDocSchema.safeParse(result)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  return result
}

const RICH: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Debrief' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Strong ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'opener', marks: [{ type: 'italic' }, { type: 'underline' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'notes', marks: [{ type: 'link', attrs: { href: 'https://example.com/n' } }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'one' }] },
            {
              type: 'orderedList',
              attrs: { start: 3, type: null },
              content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] }],
            },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quote', marks: [{ type: 'strike' }] }] }] },
    { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'const a = 1' }] },
    { type: 'horizontalRule' },
    { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'code' }] }] },
  ],
}

describe('normalizeDoc', () => {
  it('leaves a document already in the stored format as it is', () => {
    expect(valid(RICH)).toEqual(RICH)
    expect(normalizeDoc(normalizeDoc(RICH))).toEqual(RICH)
  })

  it('unwraps unknown nodes to their content or text and drops empty ones', () => {
    const result = valid(
      doc(
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('Ana'))] }, { type: 'tableCell', content: [p(t('Discovery'))] }] }] },
        p(t('Hi '), { type: 'mention', attrs: { id: 7, label: 'Bob' }, text: 'Bob' }, { type: 'emoji', attrs: { name: 'smile' } }),
        { type: 'image', attrs: { src: 'javascript:alert(1)' } },
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [p(t('Follow up'))] }] },
      ),
    )
    expect(result).toEqual(
      doc(p(t('Ana')), p(t('Discovery')), p(t('Hi '), t('Bob')), p(t('Follow up'))),
    )
  })

  it('keeps known marks, drops unknown ones and repeats', () => {
    const result = valid(
      doc(p(t('x', [{ type: 'bold' }, { type: 'highlight', attrs: { color: 'red' } }, { type: 'bold' }, { type: 'textStyle', attrs: { style: 'x' } }, 'junk']))),
    )
    expect(result).toEqual(doc(p(t('x', [{ type: 'bold' }]))))
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['java<tab>script:', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', '/settings'],
    ['a host-less http', 'http://'],
    ['a missing href', undefined],
    ['an over-long URL', `https://example.com/${'a'.repeat(2100)}`],
  ])('unlinks %s and keeps the text', (_name, href) => {
    const result = valid(doc(p(t('click', [{ type: 'link', attrs: { href } }, { type: 'italic' }]))))
    expect(result).toEqual(doc(p(t('click', [{ type: 'italic' }]))))
  })

  it('keeps safe links with their title, without the editor-only target, rel and class', () => {
    const result = valid(
      doc(p(t('mail', [{ type: 'link', attrs: { href: 'mailto:ana@example.com', target: '_blank', rel: 'noopener', class: 'x', title: 'Ana' } }]))),
    )
    expect(result).toEqual(doc(p(t('mail', [{ type: 'link', attrs: { href: 'mailto:ana@example.com', title: 'Ana' } }]))))
  })

  it('repairs nesting the editor could not load', () => {
    const result = valid(
      doc(
        t('loose text'),
        { type: 'hardBreak' },
        { type: 'bulletList', content: [p(t('not in an item')), { type: 'listItem', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('deep'))] }] }] }] },
        { type: 'orderedList', content: [] },
        { type: 'blockquote', content: [] },
        { type: 'listItem', content: [p(t('stray item'))] },
        p(t('a'), p(t('b')), { type: 'heading', attrs: { level: 1 }, content: [t('c')] }),
        { type: 'codeBlock', content: [t('let x', [{ type: 'bold' }]), { type: 'hardBreak' }, t('= 1')] },
        { type: 'doc', content: [p(t('nested doc'))] },
      ),
    )
    expect(result.content).toEqual([
      p(t('loose text'), { type: 'hardBreak' }),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('not in an item'))] },
          { type: 'listItem', content: [p(), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('deep'))] }] }] },
        ],
      },
      { type: 'blockquote', content: [p()] },
      p(t('stray item')),
      p(t('a'), { type: 'hardBreak' }, t('b'), { type: 'hardBreak' }, t('c')),
      { type: 'codeBlock', attrs: { language: null }, content: [t('let x\n= 1')] },
      p(t('nested doc')),
    ])
  })

  it('clamps and cleans attributes', () => {
    const result = valid(
      doc(
        { type: 'heading', attrs: { level: 5, style: { color: 'red' } }, content: [t('h5')] },
        { type: 'heading', attrs: { level: 'big' }, content: [t('h?')] },
        { type: 'heading', attrs: { level: 0 }, content: [t('h0')] },
        { type: 'orderedList', attrs: { start: 'NaN', type: 'disc', onclick: 'x' }, content: [{ type: 'listItem', content: [p(t('i'))] }] },
        { type: 'paragraph', attrs: { class: 'MsoNormal', style: 'mso-x' }, content: [t('p')] },
        { type: 'codeBlock', attrs: { language: { js: true } }, content: [t('c')] },
      ),
    )
    expect(result.content).toEqual([
      { type: 'heading', attrs: { level: 3 }, content: [t('h5')] },
      { type: 'heading', attrs: { level: 1 }, content: [t('h?')] },
      { type: 'heading', attrs: { level: 1 }, content: [t('h0')] },
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [p(t('i'))] }] },
      p(t('p')),
      { type: 'codeBlock', attrs: { language: null }, content: [t('c')] },
    ])
  })

  it('drops empty text, and text on nodes that are not text', () => {
    const result = valid(doc({ type: 'paragraph', text: 'sneaky', content: [t(''), t('ok'), { type: 'text' }, { type: 'text', text: 42 }] }))
    expect(result).toEqual(doc(p(t('ok'))))
  })

  it.each([null, undefined, 'doc', 42, [], {}, { type: 'doc', content: 'x' }, { type: 'doc', content: [null, 1, 'a', []] }])(
    'turns %j into an empty document',
    (value) => {
      expect(valid(value)).toEqual({ type: 'doc', content: [] })
    },
  )

  it('wraps a lone node into a document', () => {
    expect(valid(p(t('alone')))).toEqual(doc(p(t('alone'))))
  })

  it('survives absurd nesting without overflowing the stack', () => {
    let node: unknown = t('bottom')
    for (let i = 0; i < 20_000; i++) node = { type: i % 2 ? 'blockquote' : 'wrapper', content: [node] }
    const result = valid(doc(node))
    expect(JSON.stringify(result)).toContain('bottom')
  })

  it('always produces a valid, stable document from random trees', () => {
    let seed = 20240611
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
    const types = [...BLOCK_NODE_TYPES, 'table', 'image', 'mention', 'span']
    const marks = [...MARK_TYPES, 'highlight']
    const hrefs = ['https://ok.example', 'javascript:alert(1)', 'mailto:a@b.c', '', 'ftp://x']
    const tree = (depth: number): unknown => {
      const type = pick(types)
      const node: Record<string, unknown> = { type }
      if (random() < 0.3) node['attrs'] = { level: pick([1, 2, 9, 'x']), start: pick([1, -1, 3.5]), junk: { a: 1 } }
      if (type === 'text' || random() < 0.1) node['text'] = pick(['word', '', 'ünïcødé 🎉'])
      if (random() < 0.4) node['marks'] = [{ type: pick(marks), attrs: { href: pick(hrefs) } }]
      if (depth < 6 && random() < 0.8) node['content'] = Array.from({ length: Math.floor(random() * 4) }, () => tree(depth + 1))
      return node
    }
    for (let i = 0; i < 300; i++) {
      const input = { type: 'doc', content: [tree(0), tree(0)] }
      const once = valid(input)
      expect(normalizeDoc(once)).toEqual(once)
    }
  })
})

describe('toStoredDoc and storedDocKey', () => {
  it('drops trailing empty paragraphs and stores a blank note as no content', () => {
    expect(toStoredDoc(doc(p(t('a')), p(), p()))).toEqual(doc(p(t('a'))))
    expect(toStoredDoc(doc(p(), p(t('a'))))).toEqual(doc(p(), p(t('a'))))
    expect(toStoredDoc(doc(p()))).toEqual({ type: 'doc', content: [] })
    expect(toStoredDoc(null)).toEqual({ type: 'doc', content: [] })
  })

  it('gives equal keys to documents that store the same, whatever the key order', () => {
    const a = { content: [{ content: [{ text: 'x', type: 'text' }], type: 'paragraph' }], type: 'doc' }
    expect(storedDocKey(a)).toBe(storedDocKey(doc(p(t('x')), p())))
    expect(storedDocKey(a)).not.toBe(storedDocKey(doc(p(t('y')))))
  })
})
