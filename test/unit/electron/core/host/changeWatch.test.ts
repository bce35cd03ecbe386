import { afterEach, expect, it, vi } from 'vitest'
import { watchForOutsideChanges } from '../../../../../electron/core/host/changeWatch'

afterEach(() => {
  vi.useRealTimers()
})

it('announces once each time the version moves, and not while it stays', () => {
  vi.useFakeTimers()
  const versions = [1, 1, 2, 2, 2, 5]
  let read = 0
  const onChange = vi.fn()
  const stop = watchForOutsideChanges(() => versions[Math.min(read++, versions.length - 1)] ?? 0, onChange, 100)
  vi.advanceTimersByTime(100)
  expect(onChange).not.toHaveBeenCalled()
  vi.advanceTimersByTime(100)
  expect(onChange).toHaveBeenCalledTimes(1)
  vi.advanceTimersByTime(200)
  expect(onChange).toHaveBeenCalledTimes(1)
  vi.advanceTimersByTime(100)
  expect(onChange).toHaveBeenCalledTimes(2)
  stop()
  vi.advanceTimersByTime(1000)
  expect(onChange).toHaveBeenCalledTimes(2)
})

it('looks again next time when the version cannot be read', () => {
  vi.useFakeTimers()
  let fail = false
  let version = 1
  const onChange = vi.fn()
  const stop = watchForOutsideChanges(
    () => {
      if (fail) throw new Error('database is locked')
      return version
    },
    onChange,
    100,
  )
  fail = true
  version = 2
  vi.advanceTimersByTime(100)
  expect(onChange).not.toHaveBeenCalled()
  fail = false
  vi.advanceTimersByTime(100)
  expect(onChange).toHaveBeenCalledTimes(1)
  stop()
})
