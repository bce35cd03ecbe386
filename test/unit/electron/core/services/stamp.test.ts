import { expect, it } from 'vitest'
import { nextStamp } from '../../../../../electron/core/services/stamp'

it('is now when the clock has moved past the previous version', () => {
  expect(nextStamp('2026-11-02T10:00:00.000Z', '2026-11-02T09:00:00.000Z')).toBe('2026-11-02T10:00:00.000Z')
  expect(nextStamp('2026-11-02T10:00:00.000Z', null)).toBe('2026-11-02T10:00:00.000Z')
})

it('is one millisecond after the previous version within the same millisecond or after the clock went back', () => {
  expect(nextStamp('2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z')).toBe('2026-11-02T10:00:00.001Z')
  expect(nextStamp('2026-11-01T00:00:00.000Z', '2026-11-02T10:00:00.999Z')).toBe('2026-11-02T10:00:01.000Z')
})
