import { describe, expect, it } from 'vitest'
import { mergeFields } from '../../../shared/merge'

type Brief = { lesson: string | null; asks: number | null; notes: { type: string; content: unknown[] } | null; questions: string[] }
const KEYS = ['lesson', 'asks', 'notes', 'questions'] as const
const base: Brief = { lesson: 'old', asks: 1, notes: null, questions: ['a'] }

describe('mergeFields', () => {
  it('takes my change where only I changed a field, and theirs where only they did', () => {
    const mine = { ...base, lesson: 'mine' }
    const current = { ...base, asks: 5 }
    expect(mergeFields<Brief>(KEYS, base, mine, current)).toEqual({ merged: { ...base, lesson: 'mine', asks: 5 }, conflicts: [] })
  })

  it('keeps theirs and answers a conflict when both changed a field to different values', () => {
    const mine = { ...base, questions: ['a', 'b'] }
    const current = { ...base, questions: ['a', 'c'] }
    expect(mergeFields<Brief>(KEYS, base, mine, current)).toEqual({
      merged: current,
      conflicts: [{ field: 'questions', theirs: ['a', 'c'], mine: ['a', 'b'] }],
    })
  })

  it('compares by content: key order, and undefined against null, are no change', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', attrs: { a: 1, b: 2 } }] }
    const reordered = { content: [{ attrs: { b: 2, a: 1 }, type: 'paragraph' }], type: 'doc' }
    const start = { ...base, notes: doc, lesson: null }
    const mine = { ...start, notes: reordered, lesson: undefined as unknown as null }
    const current = { ...start, lesson: null, asks: 9 }
    expect(mergeFields<Brief>(KEYS, start, mine, current)).toEqual({ merged: current, conflicts: [] })
  })

  it('counts the same change made in both places as no conflict', () => {
    const mine = { ...base, lesson: 'same' }
    expect(mergeFields<Brief>(KEYS, base, mine, { ...base, lesson: 'same' }).conflicts).toEqual([])
  })

  it('lets my value win a field the base does not mention (a caller that states no base for it)', () => {
    const mine = { ...base, lesson: 'mine' }
    const current = { ...base, lesson: 'theirs' }
    expect(mergeFields<Brief>(KEYS, { asks: 1 }, mine, current)).toEqual({ merged: mine, conflicts: [] })
  })
})
