import { afterEach, beforeEach, vi } from 'vitest'
import { resetUnloadGuardForTests } from '../../../../renderer/src/lib/autosave/unloadGuard'

// Importing this file runs every test of the file on fake timers (the autosave's debounce and
// retries, a frame's latest wait) with the window's unsaved-changes guard empty before and after.
beforeEach(() => {
  vi.useFakeTimers()
  resetUnloadGuardForTests()
})
afterEach(() => {
  vi.useRealTimers()
  resetUnloadGuardForTests()
})
