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
