import '../../helpers/cleanup'
import '../../helpers/autosaveClock'
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import type { ReactNode } from 'react'
import { SaveIndicator, useAutosave, type SaveFn } from '../../../../../renderer/src/lib/autosave'
import { handleBeforeUnload, registerUnloadEntry } from '../../../../../renderer/src/lib/autosave/unloadGuard'
import { fail, ok } from '../../../../../shared/result'


function beforeUnloadEvent(): BeforeUnloadEvent {
  return new Event('beforeunload', { cancelable: true })
}

describe('useAutosave', () => {
  it('saves the value on screen after the debounce and reports Saved', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const { result, rerender } = renderHook(({ value }) => useAutosave({ value, save }), { initialProps: { value: '' } })
    expect(result.current.status).toBe('idle')
    rerender({ value: 'Agree on the pilot scope' })
    expect(result.current.status).toBe('saving')
    await act(() => vi.advanceTimersByTimeAsync(600))
    expect(save).toHaveBeenCalledWith('Agree on the pilot scope')
    expect(result.current.status).toBe('saved')
  })

  it('flushes when the form is unmounted (leaving the screen), without waiting for the debounce', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const { rerender, unmount } = renderHook(({ value }) => useAutosave({ value, save }), { initialProps: { value: '' } })
    rerender({ value: 'typed just before leaving' })
    unmount()
    expect(save).toHaveBeenCalledWith('typed just before leaving')
    await act(() => vi.advanceTimersByTimeAsync(5000))
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('flushes when the route changes while the form stays on screen', () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const location = memoryLocation({ path: '/calls/c1/prebrief' })
    const wrapper = ({ children }: { children: ReactNode }) => <Router hook={location.hook}>{children}</Router>
    const { rerender } = renderHook(({ value }) => useAutosave({ value, save }), { initialProps: { value: '' }, wrapper })
    rerender({ value: 'plan' })
    expect(save).not.toHaveBeenCalled()
    act(() => location.navigate('/calls/c1/debrief'))
    expect(save).toHaveBeenCalledWith('plan')
  })

  it('uses the newest save function', async () => {
    const first = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const second = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const { rerender } = renderHook(({ value, save }) => useAutosave({ value, save }), { initialProps: { value: '', save: first } })
    rerender({ value: 'x', save: second })
    await act(() => vi.advanceTimersByTimeAsync(600))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith('x')
  })

  it('guards the window while words are unsaved: saves them and asks the browser to confirm', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const { rerender } = renderHook(({ value }) => useAutosave({ value, save }), { initialProps: { value: '' } })
    const clean = beforeUnloadEvent()
    window.dispatchEvent(clean)
    expect(clean.defaultPrevented).toBe(false)

    rerender({ value: 'closing now' })
    const dirty = beforeUnloadEvent()
    window.dispatchEvent(dirty)
    expect(dirty.defaultPrevented).toBe(true)
    expect(save).toHaveBeenCalledWith('closing now')
    await act(() => vi.advanceTimersByTimeAsync(0))
    const after = beforeUnloadEvent()
    window.dispatchEvent(after)
    expect(after.defaultPrevented).toBe(false)
  })
})

describe('the unload guard in Electron', () => {
  it('cancels the close, saves, then closes the window itself', async () => {
    let dirty = true
    const flush = vi.fn(() => {
      dirty = false
      return Promise.resolve()
    })
    const win = { addEventListener: vi.fn(), removeEventListener: vi.fn(), close: vi.fn(), coachbook: {} }
    registerUnloadEntry({ hasUnsavedChanges: () => dirty, flush }, win)
    const event = beforeUnloadEvent()
    handleBeforeUnload(event, win)
    expect(event.defaultPrevented).toBe(true)
    expect(flush).toHaveBeenCalledTimes(1)
    expect(win.close).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(0)
    expect(win.close).toHaveBeenCalledTimes(1)
    // The close it started is let through.
    const second = beforeUnloadEvent()
    handleBeforeUnload(second, win)
    expect(second.defaultPrevented).toBe(false)
  })

  it('stays open when the words could not be saved, and lets a second close through', async () => {
    const win = { addEventListener: vi.fn(), removeEventListener: vi.fn(), close: vi.fn(), coachbook: {} }
    registerUnloadEntry({ hasUnsavedChanges: () => true, flush: () => Promise.resolve() }, win)
    const first = beforeUnloadEvent()
    handleBeforeUnload(first, win)
    expect(first.defaultPrevented).toBe(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(win.close).not.toHaveBeenCalled()
    const second = beforeUnloadEvent()
    handleBeforeUnload(second, win)
    expect(second.defaultPrevented).toBe(false)
  })
})

describe('SaveIndicator', () => {
  it('says each state in words inside a polite status region', () => {
    const { rerender } = render(<SaveIndicator status="saving" />)
    const region = screen.getByRole('status')
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.textContent).toBe('Saving…')
    rerender(<SaveIndicator status="saved" />)
    expect(screen.getByRole('status').textContent).toBe('Saved')
    rerender(<SaveIndicator status="invalid" />)
    expect(screen.getByRole('status').textContent).toBe('Fix the highlighted field to save')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('turns its icon only while a save is on its way, not while typing (a turning icon keeps the page drawing every frame)', () => {
    const turning = (): boolean => document.querySelector('.save-indicator__icon--spin') !== null
    const { rerender } = render(<SaveIndicator status="saving" />)
    expect(turning()).toBe(false)
    rerender(<SaveIndicator status="saving" sending />)
    expect(turning()).toBe(true)
    expect(screen.getByRole('status').textContent).toBe('Saving…')
    rerender(<SaveIndicator status="saved" />)
    expect(turning()).toBe(false)
    rerender(<SaveIndicator status="waiting" />)
    expect(turning()).toBe(true)
  })

  it('offers Retry while failing', () => {
    const onRetry = vi.fn()
    render(<SaveIndicator status="failed" onRetry={onRetry} />)
    expect(screen.getByRole('status').textContent).toBe('Couldn’t save — retrying')
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it.each([
    { why: 'a failure', code: 'IO_FAILURE', says: 'Couldn’t save — retrying' },
    { why: 'a full disk, saying what to do', code: 'DISK_FULL', says: 'Couldn’t save: the disk is full — free some space; retrying' },
  ] as const)('shows $why from the hook, and retries it from the button until it says Saved', async ({ code, says }) => {
    let failing = true
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(failing ? fail(code, 'no') : ok(null)))
    function Form({ value }: { value: string }) {
      const autosave = useAutosave({ value, save })
      return <SaveIndicator status={autosave.status} onRetry={() => void autosave.retry()} />
    }
    const { rerender } = render(<Form value="" />)
    rerender(<Form value="words" />)
    await act(() => vi.advanceTimersByTimeAsync(600))
    expect(screen.getByRole('status').textContent).toBe(says)
    failing = false
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(screen.getByRole('status').textContent).toBe('Saved')
    expect(save).toHaveBeenCalledTimes(2)
  })
})
