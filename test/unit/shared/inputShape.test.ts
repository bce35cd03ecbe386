import { describe, expect, it } from 'vitest'
import { inputShapeProblem } from '../../../shared/inputShape'
import { INPUT_MAX_DEPTH } from '../../../shared/limits'

describe('inputShapeProblem', () => {
  it('names where the problem is, however deep, and only once it finds one', () => {
    expect(inputShapeProblem({ calls: [{ id: 'a' }, { debrief: { asks: Number.POSITIVE_INFINITY } }] })).toEqual({
      path: 'calls[1].debrief.asks',
      message: 'Numbers must be finite',
    })
    expect(inputShapeProblem(JSON.parse('{"reps":[{"x":{"__proto__":{}}}]}'))).toEqual({
      path: 'reps[0].x.__proto__',
      message: 'A field cannot be named "__proto__"',
    })
    expect(inputShapeProblem({ a: [1, 2, { when: new Date() }] })?.path).toBe('a[2].when')
    expect(inputShapeProblem({ calls: [{ id: 'a', notes: { type: 'doc' } }], ok: [1, 'two', null, true] })).toBeNull()
  })

  it('names the first eight steps of a path nested past the limit', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < INPUT_MAX_DEPTH + 1; i++) deep = { k: deep }
    expect(inputShapeProblem({ file: [deep] })).toEqual({
      path: 'file[0].k.k.k.k.k.k',
      message: `The input nests more than ${INPUT_MAX_DEPTH} levels deep`,
    })
  })

  it('walks a list in order and stops at the first problem, or at too many values', () => {
    expect(inputShapeProblem([[Number.NaN], Number.NaN])?.path).toBe('[0][0]')
    expect(inputShapeProblem([1, 2, 3], { maxValues: 3 })).toEqual({ path: '', message: 'The input holds more than 3 values' })
  })

  it('finds the same problems when it does not count values (a journal file), though it skips plain values', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < INPUT_MAX_DEPTH + 1; i++) deep = { k: deep }
    const inputs: unknown[] = [
      { calls: [{ id: 'a' }, { debrief: { asks: Number.POSITIVE_INFINITY } }] },
      JSON.parse('{"reps":[{"x":{"__proto__":{}}}]}'),
      { a: [1, 2, { when: new Date() }], b: 'text' },
      { file: [deep], after: Number.NaN },
      { a: { b: Number.NaN }, c: Number.NaN, d: [null, true, 'x', 1.5] },
      { calls: [{ id: 'a', notes: { type: 'doc' } }], ok: [1, 'two', null, true] },
    ]
    for (const input of inputs) {
      expect(inputShapeProblem(input, { maxValues: Number.POSITIVE_INFINITY })).toEqual(inputShapeProblem(input))
    }
  })
})
