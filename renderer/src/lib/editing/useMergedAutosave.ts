import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type SetStateAction } from 'react'
import { useAutosave, registerUnloadEntry, type UseAutosaveResult } from '../autosave'
import { formKey } from './docIdentity'
import { MergedEditor, type Choice, type MergedEditorShape, type MergedSave, type Sendable } from './mergedEditor'
import type { Held } from './reconcile'

export type UseMergedAutosaveOptions<Form, Stored, Send> = {
  shape: MergedEditorShape<Form, Stored, Send>
  /** The form the screen opens with (the stored record's, or a new record's first values). */
  initialForm: Form
  /** The record as last read; a newer copy (after a change elsewhere) is taken in field by field. */
  stored: Stored | null
  save: MergedSave<Send, Stored>
  delayMs?: number
}

export type UseMergedAutosaveResult<Form> = {
  form: Form
  setForm: (action: SetStateAction<Form>) => void
  /**
   * For an edit the field drew itself (a rich-text editor's key): saved as promptly as `setForm`,
   * the screen renders it after the next frame (MergedEditor.setFormDrawnLater).
   */
  setFormDrawnLater: (action: SetStateAction<Form>) => void
  autosave: UseAutosaveResult
  /** Fields changed both here and elsewhere, waiting for the person's choice. */
  held: Held
  choose: (field: string, choice: Choice, combine?: (mine: unknown, theirs: unknown) => unknown) => void
}

/**
 * Autosave for a record other windows may edit at the same time (docs/conflicts.md): saves state
 * their base, what the core merged in appears on screen, fresher copies are taken in without
 * touching what is being typed, and a field changed in both places is held for a choice —
 * counted as unsaved until it is made, so closing the window asks first.
 */
export function useMergedAutosave<Form extends object, Stored, Send>({
  shape,
  initialForm,
  stored,
  save,
  delayMs,
}: UseMergedAutosaveOptions<Form, Stored, Send>): UseMergedAutosaveResult<Form> {
  const [editor] = useState(() => new MergedEditor<Form, Stored, Send>(shape, initialForm, stored, save))
  // The save a render hands over may be a new closure each time: the editor calls the latest.
  useEffect(() => {
    editor.setSave(save)
  }, [editor, save])
  const { form, held } = useSyncExternalStore(editor.subscribe, editor.getSnapshot)
  const value = useMemo(() => editor.sendable(form, held), [editor, form, held])
  // Every change reaches the autosave at once, also those the screen draws a frame later.
  const watch = useCallback(
    (update: (next: Sendable<Form, Send>, enabled: boolean) => void) =>
      editor.watch(() => {
        const next = editor.sendable()
        update(next, next.send !== null)
      }),
    [editor],
  )
  const autosave = useAutosave({
    value,
    watch,
    save: editor.save,
    enabled: value.send !== null,
    // Each note by its hash, not its JSON: this runs at every keystroke (docIdentity.ts).
    keyOf: (v) => formKey(v.send),
    ...(delayMs !== undefined ? { delayMs } : {}),
  })

  useEffect(() => {
    editor.refresh(stored)
  }, [editor, stored])

  useEffect(
    () =>
      registerUnloadEntry({
        hasUnsavedChanges: () => editor.hasHeld,
        flush: () => Promise.resolve(),
      }),
    [editor],
  )

  // The same function at every render, so a screen's memoised parts that take it keep their render.
  const choose = useCallback(
    (field: string, choice: Choice, combine?: (mine: unknown, theirs: unknown) => unknown) => editor.choose(field, choice, combine),
    [editor],
  )
  return { form, setForm: editor.setForm, setFormDrawnLater: editor.setFormDrawnLater, autosave, held, choose }
}
