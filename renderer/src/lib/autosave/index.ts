/**
 * Autosave for the journal's forms: no Save button, words stored within a second of the last
 * keystroke, a quiet indicator of where things stand.
 *
 *   const autosave = useAutosave({ value, save: (v) => api.x.save(v), enabled })
 *   <SaveIndicator status={autosave.status} onRetry={() => void autosave.retry()} />
 *   const { fieldErrors } = mapFieldErrors(autosave.error, FIELDS)   // from api/errors
 */
export { useAutosave, type UseAutosaveOptions, type UseAutosaveResult } from './useAutosave'
export { useFlushOnRouteChange } from './useFlushOnRouteChange'
export { SaveIndicator, SAVE_INDICATOR_TEXT, type SaveIndicatorProps } from './SaveIndicator'
export {
  AutosaveController,
  DEFAULT_DELAY_MS,
  RETRY_DELAYS_MS,
  type AutosaveSnapshot,
  type AutosaveStatus,
  type SaveFn,
} from './autosaveController'
export { registerUnloadEntry, handleBeforeUnload, type UnloadEntry } from './unloadGuard'
