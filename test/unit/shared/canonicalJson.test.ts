import { expect, it } from 'vitest'
import { canonicalJson, sameContent } from '../../../shared/canonicalJson'

it('writes object keys in sorted order at every level, keeping array order', () => {
  expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}')
})

it('tells equal content from different content', () => {
  expect(sameContent({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true)
  expect(sameContent({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false)
  expect(sameContent({ a: null }, { a: 0 })).toBe(false)
  expect(sameContent({ a: 'x' }, { a: 'x', b: null })).toBe(false)
})

it('answers as comparing the canonical texts would, for the values JSON treats alike or apart', () => {
  const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  const pairs: [unknown, unknown][] = [
    [doc('Hold the silence'), doc('Hold the silence')],
    [doc('Hold the silence'), doc('Hold the silence.')],
    [{ a: 1, b: undefined }, { a: 1 }],
    [{ a: undefined }, { a: null }],
    [[undefined], [null]],
    [[1, undefined], [1, 2]],
    [Number.NaN, null],
    [{ n: Number.POSITIVE_INFINITY }, { n: null }],
    [{ n: 1 }, { n: '1' }],
    [[1, 2], { 0: 1, 1: 2 }],
    [{ d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' }],
    [{ a: [] }, { a: {} }],
    [{}, { a: undefined }],
    [true, 1],
    [null, null],
    [undefined, undefined],
    ['x', 'x'],
  ]
  for (const [a, b] of pairs) {
    expect({ a, b, same: sameContent(a, b) }).toEqual({ a, b, same: canonicalJson(a) === canonicalJson(b) })
    expect(sameContent(b, a)).toBe(canonicalJson(a) === canonicalJson(b))
  }
})
