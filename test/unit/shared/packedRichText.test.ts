import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isPackedRichText,
  packRichText,
  richTextJsonOf,
  storedRichText,
  unpackRichText,
} from '../../../shared/packedRichText'
import {
  BLOCK_NODE_TYPES,
  MARK_TYPES,
  isStoredFormDoc,
  richTextToPlainText,
  type RichTextDoc,
  type RichTextNode,
} from '../../../shared/richText'

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => (marks ? { type: 'text', marks, text: value } : { type: 'text', text: value })
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content })

/** Packs a document as the journal does, with its plain text, and reads it back the same way. */
function roundTrip(value: RichTextDoc): { packed: string | null; json: string | null; plain: string } {
  const plain = richTextToPlainText(value)
  const packed = packRichText(value, plain)
  return { packed, json: packed === null ? null : richTextJsonOf(packed, plain), plain }
}

/** Any document in the stored form (keys in the schema's order), valid or not: packing must be exact for all. */
const attrsArb = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 3, noNullPrototype: true })
const markArb = fc.record({ type: fc.constantFrom(...MARK_TYPES), attrs: attrsArb }, { requiredKeys: ['type'], noNullPrototype: true })
// Words with spaces and line breaks at their ends, which the plain text trims and collapses.
const wordsArb = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(' lead', 'trail ', '\n\n\nx', 'x\n', '', 'same', 'same'))
const { node: nodeArb } = fc.letrec<{ node: RichTextNode }>((tie) => ({
  node: fc.record(
    {
      type: fc.constantFrom(...BLOCK_NODE_TYPES.filter((type) => type !== 'doc')),
      attrs: attrsArb,
      marks: fc.array(markArb, { maxLength: 3 }),
      text: wordsArb,
      content: fc.oneof(
        { depthSize: 'small', maxDepth: 4, depthIdentifier: 'node' },
        fc.constant([]),
        fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'node' }),
      ),
    },
    { requiredKeys: ['type'], noNullPrototype: true },
  ) as fc.Arbitrary<RichTextNode>,
}))
const docArb = fc.array(nodeArb, { maxLength: 4 }).map((content): RichTextDoc => ({ type: 'doc', content }))

describe('packed rich text', () => {
  it('gives back exactly the JSON text it packed, for any document in the stored form', () => {
    fc.assert(
      fc.property(docArb, (value) => {
        const { packed, json, plain } = roundTrip(value)
        expect(packed).not.toBeNull()
        expect(isPackedRichText(packed as string)).toBe(true)
        expect(json).toBe(JSON.stringify(value))
        expect(unpackRichText(packed as string, plain)).toEqual(value)
      }),
      { seed: 13, numRuns: 60 },
    )
  })

  it('keeps the usual note short: its words are the plain text stored beside it', () => {
    const note = doc(
      para(text('Opened with '), text('pricing', [{ type: 'bold' }]), text(' before discovery.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Ask about budget'))] }, { type: 'listItem', content: [para(text('Name the next step'))] }] },
    )
    const { packed, json } = roundTrip(note)
    expect(packed).toBe('[["p",12,{"b":7},18],["u",["l",["p",-1,16]],["l",["p",-1,18]]]]')
    expect(json).toBe(JSON.stringify(note))
  })

  it('keeps words the plain text does not hold in the short form itself', () => {
    const note = doc(para(text('  indented')), { type: 'codeBlock', content: [text('a\n\n\n\nb')] })
    const { packed, json } = roundTrip(note)
    expect(packed).toBe('[["p","  indented"],["c","a\\n\\n\\n\\nb"]]')
    expect(json).toBe(JSON.stringify(note))
  })

  it('keeps links, headings, empty content and empty marks exactly', () => {
    const value = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Plan')] },
      para(text('see', [{ type: 'link', attrs: { href: 'https://example.com', target: '_blank' } }, { type: 'italic' }])),
      { type: 'paragraph', content: [] },
      { type: 'paragraph' },
      { type: 'horizontalRule' },
      para(text('a'), { type: 'hardBreak' }, text('b', [])),
    )
    expect(isStoredFormDoc(value)).toBe(true)
    expect(roundTrip(value).json).toBe(JSON.stringify(value))
  })

  it('refuses what it cannot give back exactly, which is then stored as JSON', () => {
    const reordered = { content: [para(text('x'))], type: 'doc' } as unknown as RichTextDoc
    const unknownKey = doc({ type: 'paragraph', content: [], extra: 1 } as unknown as RichTextNode)
    const unknownType = doc({ type: 'video' } as unknown as RichTextNode)
    const nodeKeysReordered = doc({ content: [text('x')], type: 'paragraph' } as unknown as RichTextNode)
    const noContent = { type: 'doc' } as RichTextDoc
    for (const value of [reordered, unknownKey, unknownType, nodeKeysReordered, noContent]) {
      expect(packRichText(value, 'x')).toBeNull()
      expect(storedRichText(value, 'x')).toBe(JSON.stringify(value))
      expect(richTextJsonOf(storedRichText(value, 'x'), 'x')).toBe(JSON.stringify(value))
    }
  })

  it('reads a column written before the short form as it was', () => {
    const json = JSON.stringify(doc(para(text('old note'))))
    expect(isPackedRichText(json)).toBe(false)
    expect(richTextJsonOf(json, 'old note')).toBe(json)
    expect(unpackRichText(json, 'old note')).toEqual(JSON.parse(json))
    expect(richTextJsonOf(null, '')).toBeNull()
  })

  it('says a damaged short form, or one read with other plain text, is damaged rather than reading something else', () => {
    expect(() => unpackRichText('[["z","x"]]', '')).toThrow(/Damaged rich text/)
    expect(() => unpackRichText('[{"?":"x"}]', '')).toThrow(/Damaged rich text/)
    expect(() => unpackRichText('[true]', '')).toThrow(/Damaged rich text/)
    expect(() => unpackRichText('[["p",12]]', 'too short')).toThrow(/Damaged rich text/)
    expect(() => unpackRichText('[-3,["p",1]]', 'abc')).toThrow(/Damaged rich text/)
  })
})
