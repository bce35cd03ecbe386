import '../../helpers/cleanup'
import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIdleLock } from '../../../../../renderer/src/features/security/useIdleLock'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the idle lock', () => {
  it('locks once the chosen minutes pass without input, and input starts the count again', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleLock(5, onIdle))
    vi.advanceTimersByTime(4 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    vi.advanceTimersByTime(4 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('never locks when set to never, and stops counting once gone', () => {
    const never = vi.fn()
    renderHook(() => useIdleLock(null, never))
    const gone = vi.fn()
    const { unmount } = renderHook(() => useIdleLock(1, gone))
    unmount()
    vi.advanceTimersByTime(24 * 60 * 60_000)
    expect(never).not.toHaveBeenCalled()
    expect(gone).not.toHaveBeenCalled()
  })
})
