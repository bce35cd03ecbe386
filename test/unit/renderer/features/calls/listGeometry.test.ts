import { describe, expect, it } from 'vitest'
import { bodySpacers, CALL_ROW_PX } from '../../../../../renderer/src/features/calls/listGeometry'

/** The body's height as the table lays it out: the two spacers and the rows drawn between them. */
function bodyHeight(first: number, last: number, total: number): number {
  const { before, after } = bodySpacers(first, last, total)
  const drawn = last < first ? 0 : Math.min(last, total - 1) - Math.max(first, 0) + 1
  return before + Math.max(0, drawn) * CALL_ROW_PX + after
}

describe('the calls list’s height', () => {
  it('is every call’s row, wherever the window is: at the top, in the middle, at the end', () => {
    for (const [first, last] of [[0, 40], [49_980, 50_020], [99_960, 99_999], [0, 99_999]] as const) {
      expect(bodyHeight(first, last, 100_000)).toBe(100_000 * CALL_ROW_PX)
    }
    expect(bodySpacers(99_960, 99_999, 100_000)).toEqual({ before: 99_960 * CALL_ROW_PX, after: 0 })
    expect(bodySpacers(10, 20, 100)).toEqual({ before: 10 * CALL_ROW_PX, after: 79 * CALL_ROW_PX })
  })

  it('does not collapse while no row is drawn yet: the whole body is one spacer', () => {
    expect(bodySpacers(0, -1, 260)).toEqual({ before: 260 * CALL_ROW_PX, after: 0 })
    expect(bodyHeight(0, -1, 260)).toBe(260 * CALL_ROW_PX)
  })

  it('holds when the window reaches past the calls (a list that just got shorter)', () => {
    expect(bodyHeight(250, 280, 260)).toBe(260 * CALL_ROW_PX)
    expect(bodySpacers(300, 320, 260)).toEqual({ before: 260 * CALL_ROW_PX, after: 0 })
  })

  it('is nothing for no calls', () => {
    expect(bodySpacers(0, -1, 0)).toEqual({ before: 0, after: 0 })
  })
})
