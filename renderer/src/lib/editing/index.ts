/**
 * Editing a record other windows may edit too (docs/conflicts.md): saves state their base, the
 * core merges field by field, and a field changed in both places is held for the person's choice.
 *
 *   const { form, setForm, autosave, held, choose } = useMergedAutosave({ shape, initialForm, stored, save })
 *   <ConflictPanel items={…held…} onChoose={…choose…} />
 */
export { useMergedAutosave, type UseMergedAutosaveOptions, type UseMergedAutosaveResult } from './useMergedAutosave'
export { MergedEditor, type Choice, type MergedEditorShape, type MergedSave, type SavedRecord, type Sendable } from './mergedEditor'
export { reconcile, withHeldBack, type EditingShape, type Fields, type Held, type HeldField } from './reconcile'
export { bothDocs, bothLists, bothTexts, looseFields } from './fieldValues'
export { ConflictPanel, type ConflictItem } from './ConflictPanel'
export const CONFLICT_ATTENTION = 'Changed in another window too — choose which to keep'
export { useDialogBase } from './useDialogBase'
