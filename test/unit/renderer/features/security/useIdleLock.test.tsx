import '../../helpers/cleanup'
import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDLE_CHECK_MS, useIdleLock } from '../../../../../renderer/src/features/security/useIdleLock'

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

  // A laptop asleep: the wall clock moves on, the page's timers do not (vi.setSystemTime moves Date alone).
  const sleep = (ms: number) => vi.setSystemTime(Date.now() + ms)

  it('locks at the first touch after a night asleep, instead of starting the count again', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleLock(15, onIdle))
    vi.advanceTimersByTime(2 * 60_000)
    sleep(8 * 60 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    expect(onIdle).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }))
    vi.advanceTimersByTime(60 * 60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('locks within a check of waking when nobody touches it, not after the minutes it had left', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleLock(15, onIdle))
    vi.advanceTimersByTime(60_000)
    sleep(60 * 60_000)
    vi.advanceTimersByTime(IDLE_CHECK_MS)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('does not lock after a sleep shorter than the minutes left', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleLock(15, onIdle))
    vi.advanceTimersByTime(5 * 60_000)
    sleep(5 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    vi.advanceTimersByTime(14 * 60_000)
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
