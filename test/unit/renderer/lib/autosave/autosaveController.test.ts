import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveController, type SaveFn } from '../../../../../renderer/src/lib/autosave/autosaveController'
import { ApiError } from '../../../../../renderer/src/api/errors'
import { fail, ok, type Result } from '../../../../../shared/result'

type Deferred = { resolve: (value: Result<unknown>) => void; promise: Promise<Result<unknown>> }
function deferred(): Deferred {
  let resolve!: (value: Result<unknown>) => void
  const promise = new Promise<Result<unknown>>((r) => (resolve = r))
  return { resolve, promise }
}

/** A save whose answers the test hands out one by one. */
function manualSave() {
  const pending: Array<{ value: string; answer: Deferred }> = []
  let inFlight = 0
  let maxInFlight = 0
  const save = vi.fn<SaveFn<string>>((value) => {
    const answer = deferred()
    pending.push({ value, answer })
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    return answer.promise.finally(() => {
      inFlight -= 1
    })
  })
  const answerNext = async (result: Result<unknown> = ok(null)) => {
    const next = pending.shift()
    if (!next) throw new Error('no save is waiting')
    next.answer.resolve(result)
    await vi.advanceTimersByTimeAsync(0)
    return next.value
  }
  return { save, answerNext, pending, maxInFlight: () => maxInFlight }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the autosave controller', () => {
  it('counts the loaded value as stored and saves nothing until it changes', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const c = new AutosaveController({ initial: 'a', save })
    c.update('a')
    await vi.advanceTimersByTimeAsync(5000)
    expect(save).not.toHaveBeenCalled()
    expect(c.getSnapshot()).toMatchObject({ status: 'idle', dirty: false })
  })

  it('debounces: one save of the last value, 600 ms after the last change', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const c = new AutosaveController({ initial: '', save })
    c.update('h')
    await vi.advanceTimersByTimeAsync(300)
    c.update('he')
    await vi.advanceTimersByTimeAsync(300)
    c.update('hey')
    expect(c.getSnapshot().status).toBe('saving')
    await vi.advanceTimersByTimeAsync(599)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('hey')
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', dirty: false })
  })

  it('never has two saves in flight, and sends only the newest value after the one in flight', async () => {
    const m = manualSave()
    const c = new AutosaveController({ initial: '', save: m.save })
    c.update('one')
    await vi.advanceTimersByTimeAsync(600)
    expect(m.save).toHaveBeenCalledTimes(1)
    c.update('two')
    await vi.advanceTimersByTimeAsync(600)
    c.update('three')
    await vi.advanceTimersByTimeAsync(600)
    expect(m.save).toHaveBeenCalledTimes(1)
    await m.answerNext()
    expect(m.save).toHaveBeenCalledTimes(2)
    expect(m.save).toHaveBeenLastCalledWith('three')
    await m.answerNext()
    expect(m.maxInFlight()).toBe(1)
    expect(c.getSnapshot().status).toBe('saved')
  })

  it('says Saved only once the core confirmed exactly the value on screen', async () => {
    const m = manualSave()
    const c = new AutosaveController({ initial: '', save: m.save })
    c.update('draft')
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot().status).toBe('saving')
    c.update('draft, longer')
    await m.answerNext()
    // "draft" is stored, but the screen shows more than that.
    expect(c.getSnapshot()).toMatchObject({ status: 'saving', dirty: true })
    await vi.advanceTimersByTimeAsync(600)
    expect(m.save).toHaveBeenLastCalledWith('draft, longer')
    expect(c.getSnapshot().status).toBe('saving')
    await m.answerNext()
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', dirty: false })
  })

  it('says a save is on its way only while one is out, not while waiting for a pause in typing', async () => {
    const m = manualSave()
    const c = new AutosaveController({ initial: '', save: m.save })
    c.update('draft')
    expect(c.getSnapshot()).toMatchObject({ status: 'saving', sending: false })
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot()).toMatchObject({ status: 'saving', sending: true })
    c.update('draft, longer')
    expect(c.getSnapshot().sending).toBe(true)
    await m.answerNext()
    expect(c.getSnapshot()).toMatchObject({ status: 'saving', sending: false })
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot().sending).toBe(true)
    await m.answerNext()
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', sending: false })
  })

  it('retries a failed save after 1 s, 2 s, 5 s, 10 s, 10 s, keeping the value, until it lands', async () => {
    let failing = true
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(failing ? fail('IO_FAILURE', 'Coachbook is not answering') : ok(null)))
    const c = new AutosaveController({ initial: '', save })
    c.update('keep me')
    await vi.advanceTimersByTimeAsync(600)
    expect(save).toHaveBeenCalledTimes(1)
    expect(c.getSnapshot()).toMatchObject({ status: 'failed', dirty: true })
    expect(c.getSnapshot().error?.message).toBe('Coachbook is not answering')
    const waits = [1000, 2000, 5000, 10_000, 10_000]
    for (const [i, wait] of waits.entries()) {
      await vi.advanceTimersByTimeAsync(wait - 1)
      expect(save).toHaveBeenCalledTimes(i + 1)
      await vi.advanceTimersByTimeAsync(1)
      expect(save).toHaveBeenCalledTimes(i + 2)
    }
    expect(save.mock.calls.every(([value]) => value === 'keep me')).toBe(true)
    failing = false
    await vi.advanceTimersByTimeAsync(10_000)
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', error: null })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(save).toHaveBeenCalledTimes(waits.length + 2)
  })

  it.each([
    { refusal: 'the journal is busy (another program writes)', code: 'BUSY', status: 'waiting' },
    { refusal: 'the disk is full', code: 'DISK_FULL', status: 'full' },
  ] as const)('shows a save refused because $refusal as $status, keeps the words and retries them until they land', async ({ code, status }) => {
    let refusing = true
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(refusing ? fail(code, 'not now') : ok(null)))
    const c = new AutosaveController({ initial: '', save })
    c.update('keep me')
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot()).toMatchObject({ status, dirty: true, error: { code } })
    expect(c.getSnapshot().retryAt).not.toBeNull()
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(2)
    expect(c.getSnapshot().status).toBe(status)
    refusing = false
    await vi.advanceTimersByTimeAsync(2000)
    expect(save).toHaveBeenCalledTimes(3)
    expect(save.mock.calls.every(([value]) => value === 'keep me')).toBe(true)
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', error: null, retryAt: null })
  })

  it('treats a thrown error like a failed Result', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.reject(new Error('pipe closed')))
    const c = new AutosaveController({ initial: '', save })
    c.update('x')
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot().status).toBe('failed')
    expect(c.getSnapshot().error).toBeInstanceOf(ApiError)
    expect(c.getSnapshot().error?.message).toBe('pipe closed')
    c.dispose()
  })

  it('does not retry a value the core refused as invalid, and tries again once it changes', async () => {
    const save = vi.fn<SaveFn<number>>((value) =>
      Promise.resolve(value > 100
        ? fail('INVALID_INPUT', 'Use a number from 0 to 100', [{ path: 'prebrief.takeoverRisk', message: 'Use a number from 0 to 100' }])
        : ok(null)),
    )
    const c = new AutosaveController({ initial: 0, save })
    c.update(150)
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot().status).toBe('invalid')
    expect(c.getSnapshot().error?.issues).toEqual([{ path: 'prebrief.takeoverRisk', message: 'Use a number from 0 to 100' }])
    await vi.advanceTimersByTimeAsync(120_000)
    await c.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(c.hasUnsavedChanges).toBe(true)

    c.update(15)
    // The complaint stays next to the field until a save answers otherwise.
    expect(c.getSnapshot().error).not.toBeNull()
    await vi.advanceTimersByTimeAsync(600)
    expect(save).toHaveBeenLastCalledWith(15)
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', error: null })
  })

  it('clears a complaint when the value goes back to what is stored', async () => {
    const save = vi.fn<SaveFn<number>>(() => Promise.resolve(fail('INVALID_INPUT', 'No')))
    const c = new AutosaveController({ initial: 1, save })
    c.update(2)
    await vi.advanceTimersByTimeAsync(600)
    expect(c.getSnapshot().status).toBe('invalid')
    c.update(1)
    expect(c.getSnapshot()).toMatchObject({ status: 'idle', error: null, dirty: false })
  })

  it('saves nothing while disabled, and saves the pending value once enabled', async () => {
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(ok(null)))
    const c = new AutosaveController({ initial: '', save })
    c.update('objective', false)
    await vi.advanceTimersByTimeAsync(5000)
    await c.flush()
    expect(save).not.toHaveBeenCalled()
    expect(c.getSnapshot().status).toBe('idle')
    c.update('objective', true)
    await vi.advanceTimersByTimeAsync(600)
    expect(save).toHaveBeenCalledWith('objective')
  })

  it('flush saves at once, skipping the debounce and a pending retry', async () => {
    let calls = 0
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(++calls === 1 ? fail('IO_FAILURE', 'down') : ok(null)))
    const c = new AutosaveController({ initial: '', save })
    c.update('now')
    await c.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(c.getSnapshot().status).toBe('failed')
    await c.retry()
    expect(save).toHaveBeenCalledTimes(2)
    expect(c.getSnapshot().status).toBe('saved')
  })

  it('a flush during a save waits for it and then sends the newest value', async () => {
    const m = manualSave()
    const c = new AutosaveController({ initial: '', save: m.save })
    c.update('a')
    await vi.advanceTimersByTimeAsync(600)
    c.update('ab')
    let flushed = false
    void c.flush().then(() => (flushed = true))
    await m.answerNext()
    expect(flushed).toBe(false)
    expect(m.pending.map((p) => p.value)).toEqual(['ab'])
    await m.answerNext()
    expect(flushed).toBe(true)
    expect(m.maxInFlight()).toBe(1)
  })

  it('saves the stored value again when the screen goes back to it while a newer one is on its way', async () => {
    const m = manualSave()
    const c = new AutosaveController({ initial: 'kept', save: m.save })
    c.update('typed')
    await vi.advanceTimersByTimeAsync(600)
    // Deleted again (or "keep mine" after a conflict) while "typed" is being saved.
    c.update('kept')
    expect(await m.answerNext()).toBe('typed')
    expect(c.getSnapshot()).toMatchObject({ dirty: true })
    expect(await m.answerNext()).toBe('kept')
    expect(c.getSnapshot()).toMatchObject({ status: 'saved', dirty: false })
  })

  it('after detaching, keeps retrying a failed save and reports when it has landed', async () => {
    let failing = true
    const save = vi.fn<SaveFn<string>>(() => Promise.resolve(failing ? fail('IO_FAILURE', 'down') : ok(null)))
    const onChange = vi.fn()
    const c = new AutosaveController({ initial: '', save, onChange })
    const settled = vi.fn()
    c.update('last words')
    await c.detach(settled)
    expect(save).toHaveBeenCalledTimes(1)
    expect(settled).not.toHaveBeenCalled()
    failing = false
    const changesBefore = onChange.mock.calls.length
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(2)
    expect(settled).toHaveBeenCalledTimes(1)
    // A detached form is not on screen: nothing re-renders it.
    expect(onChange.mock.calls.length).toBe(changesBefore)
  })

})
