import '../../helpers/cleanup'
import '../../helpers/autosaveClock'
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ok, type Result } from '../../../../../shared/result'
import { looseFields, MergedEditor, useMergedAutosave, type MergedEditorShape, type SavedRecord } from '../../../../../renderer/src/lib/editing'
import { handleBeforeUnload } from '../../../../../renderer/src/lib/autosave/unloadGuard'

// A key typed in a rich-text editor is drawn by the editor itself; the screen around it renders
// after that frame (MergedEditor.setFormDrawnLater), but the autosave must hold it at once.

type Form = { notes: string; skill: string }
type Stored = Form & { updatedAt: string }
const shape: MergedEditorShape<Form, Stored, Form> = {
  fields: ['notes', 'skill'],
  toForm: (s) => ({ notes: s.notes, skill: s.skill }),
  comparable: looseFields,
  toSend: (form) => ({ ...form }),
  baseOf: (form) => ({ ...form }),
  versionOf: (s) => s.updatedAt,
}
const first: Stored = { notes: 'Opened with the agenda', skill: 'discovery', updatedAt: '2026-12-01T09:00:00.000Z' }

function savedAs(send: Form): Promise<Result<SavedRecord<Stored>>> {
  return Promise.resolve(ok({ stored: { ...send, updatedAt: '2026-12-01T09:05:00.000Z' }, conflicts: [] }))
}


describe('an edit drawn after the next frame', () => {
  it('is in the form and told to the watchers at once, and to the screen once, after the frame', () => {
    const editor = new MergedEditor(shape, shape.toForm(first), first, savedAs)
    const screen = vi.fn()
    const watcher = vi.fn()
    editor.subscribe(screen)
    editor.watch(watcher)
    editor.setFormDrawnLater((form) => ({ ...form, notes: 'Opened with the agenda, then' }))
    editor.setFormDrawnLater((form) => ({ ...form, notes: 'Opened with the agenda, then asked' }))
    expect(editor.getSnapshot().form.notes).toBe('Opened with the agenda, then asked')
    expect(watcher).toHaveBeenCalledTimes(2)
    expect(screen).not.toHaveBeenCalled()
    // No frame is drawn here (no window): the latest wait ends it.
    vi.advanceTimersByTime(100)
    expect(screen).toHaveBeenCalledTimes(1)
    // A field React draws (a controlled input) is told at once, as before.
    editor.setForm((form) => ({ ...form, skill: 'discovery calls' }))
    expect(screen).toHaveBeenCalledTimes(2)
  })

  it('is saved by a flush or asked about on closing before the screen has rendered it', async () => {
    const save = vi.fn(savedAs)
    const { result } = renderHook(() => useMergedAutosave({ shape, initialForm: shape.toForm(first), stored: first, save }))
    const { setFormDrawnLater, autosave } = result.current
    // The first key changes the indicator to "Saving…", which renders the screen at once.
    act(() => setFormDrawnLater((form) => ({ ...form, notes: 'Opened with the agenda;' })))
    expect(result.current.autosave.status).toBe('saving')
    act(() => setFormDrawnLater((form) => ({ ...form, notes: 'Opened with the agenda; the rep led pricing' })))
    // The screen has not rendered the next key yet…
    expect(result.current.form.notes).toBe('Opened with the agenda;')
    // …but closing the window now asks first, and Ctrl+S (a flush) sends it.
    const closing = new Event('beforeunload', { cancelable: true })
    handleBeforeUnload(closing)
    expect(closing.defaultPrevented).toBe(true)
    await act(() => autosave.flush())
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[0].notes).toBe('Opened with the agenda; the rep led pricing')
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(result.current.form.notes).toBe('Opened with the agenda; the rep led pricing')
  })
})
