import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react'
import { connection } from '../../api/live/connection'
import { AutosaveController, type AutosaveSnapshot, type SaveFn } from './autosaveController'
import { registerUnloadEntry } from './unloadGuard'
import { useFlushOnRouteChange } from './useFlushOnRouteChange'
import { useSaveShortcut } from './useSaveShortcut'

export type UseAutosaveOptions<T> = {
  /** The value on screen. Its first value counts as stored (it was just loaded). */
  value: T
  /** Stores the whole value; answers a Result (or throws an ApiError). */
  save: SaveFn<T>
  /** Quiet time after the last change before saving; at most 600 ms so words land within a second. */
  delayMs?: number
  /** False while the value may not be saved at all (e.g. a pre-brief without its role). */
  enabled?: boolean
  /** How long to wait after each failed save; the last wait repeats. */
  retryDelaysMs?: readonly number[]
  /** Two values are the same when their keys are; JSON by default. */
  keyOf?: (value: T) => string
  /**
   * Hands each new value over as soon as it exists, before React renders it (a stable function;
   * returns its unsubscribe): for a screen that draws some edits after the next frame
   * (MergedEditor.setFormDrawnLater), so a reload, Ctrl+S or a route change in between still
   * saves the last key. The autosave then takes values from it alone (`value` is its first).
   */
  watch?: (update: (value: T, enabled: boolean) => void) => () => void
}

export type UseAutosaveResult = AutosaveSnapshot & {
  /** Saves now; resolves once the save (and any queued after it) has settled. */
  flush: () => Promise<void>
  /** Tries a failed save again at once. */
  retry: () => Promise<void>
}

/**
 * Saves a form as the user types: no Save button. Debounced, serialized (never two saves in
 * flight, the newest value wins), retried with backoff after a failure, never retried after the
 * journal refused the value as invalid (the error's issues go next to the fields), and flushed
 * on blur (call `flush`), on route change and unmount, on Ctrl/Cmd+S, and before the window
 * closes.
 *
 *   const autosave = useAutosave({ value: form, save: (v) => api.prebriefs.save({ callId, prebrief: v }) })
 *   <SaveIndicator status={autosave.status} onRetry={autosave.retry} />
 */
export function useAutosave<T>({ value, save, delayMs, enabled = true, retryDelaysMs, keyOf, watch }: UseAutosaveOptions<T>): UseAutosaveResult {
  const [controller] = useState(
    () =>
      new AutosaveController<T>({
        initial: value,
        save,
        ...(delayMs !== undefined ? { delayMs } : {}),
        ...(retryDelaysMs !== undefined ? { retryDelaysMs } : {}),
        ...(keyOf !== undefined ? { keyOf } : {}),
      }),
  )
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot)

  useEffect(() => {
    controller.setSave(save)
  }, [controller, save])

  // With a `watch`, values come from it alone: an effect of an earlier render could otherwise run
  // after a newer value was handed over, and take the autosave back to the older one.
  useEffect(() => {
    if (!watch) controller.update(value, enabled)
  }, [controller, value, enabled, watch])

  // Before paint, so no key typed after the first frame can miss it.
  useLayoutEffect(() => watch?.((next, nextEnabled) => controller.update(next, nextEnabled)), [controller, watch])

  useEffect(() => {
    controller.attach()
    const unregister = registerUnloadEntry({
      hasUnsavedChanges: () => controller.hasUnsavedChanges,
      flush: () => controller.flush(),
    })
    return () => {
      // Leaving the screen: save now; stay on guard for the window until that save has landed.
      void controller.detach(unregister)
    }
  }, [controller])

  // Browser mode reconnected after a restart: what waited for it is saved now, not at the next retry.
  useEffect(() => connection.onReconnect(() => void controller.flush()), [controller])

  useFlushOnRouteChange(controller.flush)
  useSaveShortcut(controller.flush)

  return { ...snapshot, flush: controller.flush, retry: controller.retry }
}
