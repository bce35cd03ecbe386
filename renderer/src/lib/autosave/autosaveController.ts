import type { AppError } from '../../../../shared/result'
import { ApiError, isApiError } from '../../api/errors'

/**
 * The autosave state machine, apart from React so its timing can be reasoned about (and tested)
 * on its own. `useAutosave` feeds it the value on screen; it decides when to save.
 *
 * - Debounced: a change is saved `delayMs` after the last one; `flush()` saves now.
 * - Serialized: never two saves in flight. A change made during a save is sent after it, and
 *   only the newest value is sent (the ones in between are never written).
 * - "Saved" means the core confirmed the exact value on screen; anything newer is still "saving".
 * - A failure keeps the value and retries with backoff. An INVALID_INPUT answer is not retried:
 *   the same value would be refused again. It waits for the value to change.
 * - BUSY (another program is writing to the journal) is not a failure: the save is waiting its
 *   turn, retried the same way, and shown as waiting, never as an error.
 * - DISK_FULL is a failure the person can mend (free some space): retried the same way, and
 *   shown as `full`, so the indicator can say what to do rather than only that it failed.
 */
export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'waiting' | 'failed' | 'full' | 'invalid'

/** What a save may answer: a contract Result, or anything (a thrown ApiError is a failure too). */
export type SaveFn<T> = (value: T) => Promise<unknown>

/** Waits after each failed save in turn; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000]
export const DEFAULT_DELAY_MS = 600

export type AutosaveSnapshot = {
  status: AutosaveStatus
  /** The last failure (an ApiError, so `mapFieldErrors` can place its issues); null once saved. */
  error: ApiError | null
  /** The value on screen differs from what the core last confirmed. */
  dirty: boolean
  /** When the next automatic retry happens (ms since epoch), while failing. */
  retryAt: number | null
  /**
   * A save is on its way to the journal now (not merely waiting for a pause in typing): what the
   * indicator's spinner turns for. While it turns, Chromium draws every frame in step with the
   * screen's refresh, so a key typed then waits for the next one (docs/performance.md, "Typing,
   * stop 22").
   */
  sending: boolean
}

export type AutosaveOptions<T> = {
  /** The value as loaded: counts as already saved. */
  initial: T
  save: SaveFn<T>
  delayMs?: number
  retryDelaysMs?: readonly number[]
  /** Two values are the same when their keys are; JSON by default. */
  keyOf?: (value: T) => string
  /** Called whenever the snapshot may have changed. */
  onChange?: () => void
  now?: () => number
}

const jsonKey = (value: unknown): string => JSON.stringify(value) ?? 'undefined'

export class AutosaveController<T> {
  private value: T
  private key: string
  private confirmedKey: string
  private enabled = true
  private detached = false
  private everSaved = false

  private readonly delayMs: number
  private readonly retryDelays: readonly number[]
  private readonly keyOf: (value: T) => string
  private readonly now: () => number

  private debounceTimer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private retryAt: number | null = null
  private attempts = 0

  private loop: Promise<void> | null = null
  private again = false
  private forced = false
  private inFlightKey: string | null = null

  private failure: 'failed' | 'full' | 'waiting' | 'invalid' | null = null
  private invalidKey: string | null = null
  private error: ApiError | null = null
  private snapshot: AutosaveSnapshot
  private saveFn: SaveFn<T>
  private afterDetach: (() => void) | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly options: AutosaveOptions<T>) {
    this.value = options.initial
    this.saveFn = options.save
    this.delayMs = options.delayMs ?? DEFAULT_DELAY_MS
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS
    this.keyOf = options.keyOf ?? jsonKey
    this.now = options.now ?? Date.now
    this.key = this.keyOf(this.value)
    this.confirmedKey = this.key
    this.snapshot = this.compute()
  }

  /** Listens for snapshot changes (React's useSyncExternalStore); returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** (Re)connects a screen: React may detach and attach the same form again (StrictMode). */
  attach(): void {
    this.detached = false
    this.afterDetach = null
  }

  /** Swaps the save function (React hands a new closure each render). */
  setSave(save: SaveFn<T>): void {
    this.saveFn = save
  }

  getSnapshot = (): AutosaveSnapshot => this.snapshot

  /** Something on screen is not stored yet (even if it cannot be saved as it stands). */
  get hasUnsavedChanges(): boolean {
    return this.key !== this.confirmedKey
  }

  /** Something on screen is not stored yet and a save could store it. */
  private get sendable(): boolean {
    return this.enabled && this.key !== this.confirmedKey && this.key !== this.invalidKey
  }

  /** The value on screen and whether it may be saved at all (e.g. not before a role is chosen). */
  update(value: T, enabled = true): void {
    if (this.detached) return
    const key = this.keyOf(value)
    const changed = key !== this.key || enabled !== this.enabled
    this.value = value
    this.key = key
    this.enabled = enabled
    if (!changed) return
    if (this.key === this.confirmedKey) {
      // Back to what is stored: nothing to save, and an old complaint no longer applies.
      this.clearDebounce()
      this.failure = null
      this.error = null
      this.invalidKey = null
      this.clearRetry()
      this.attempts = 0
    } else if (this.enabled) {
      this.clearDebounce()
      this.debounceTimer = setTimeout(() => {
        this.debounceTimer = null
        void this.kick()
      }, this.delayMs)
    } else {
      this.clearDebounce()
    }
    this.emit()
  }

  /** Saves now (skipping the debounce and any wait before a retry); resolves when settled. */
  flush = (): Promise<void> => {
    this.clearDebounce()
    this.forced = true
    return this.kick()
  }

  /** The user's "Retry": the same as a flush. */
  retry = (): Promise<void> => this.flush()

  /**
   * The screen is going away (route change, unmount): save what is pending now. A failing save
   * keeps retrying in the background so the words are not lost with the screen.
   */
  detach(onSettled?: () => void): Promise<void> {
    const pending = this.flush()
    this.detached = true
    if (!this.sendable) onSettled?.()
    else this.afterDetach = onSettled ?? null
    return pending
  }

  /** Stops every timer for good (tests, or a journal that is gone). */
  dispose(): void {
    this.detached = true
    this.afterDetach = null
    this.clearDebounce()
    this.clearRetry()
  }

  private kick(): Promise<void> {
    if (this.loop) {
      this.again = true
      return this.loop
    }
    if (!this.shouldSend()) {
      this.forced = false
      return Promise.resolve()
    }
    this.loop = this.runLoop()
    return this.loop
  }

  private shouldSend(): boolean {
    if (!this.sendable) return false
    // While a retry is scheduled, edits wait for it instead of adding attempts; a flush does not.
    return this.retryTimer === null || this.forced
  }

  private async runLoop(): Promise<void> {
    do {
      this.again = false
      this.forced = false
      await this.sendOnce()
      // Decided synchronously after the save settles, so no kick can slip in between.
    } while (this.again && this.shouldSend())
    this.again = false
    this.forced = false
    this.loop = null
  }

  private async sendOnce(): Promise<void> {
    const value = this.value
    const key = this.key
    this.clearRetry()
    this.inFlightKey = key
    this.emit()
    let error: ApiError | null
    try {
      error = toFailure(await this.saveFn(value))
    } catch (thrown) {
      error = toApiError(thrown)
    }
    this.inFlightKey = null
    if (error === null) {
      this.confirmedKey = key
      this.everSaved = true
      this.failure = null
      this.error = null
      this.invalidKey = null
      this.attempts = 0
      // The screen went back, while this save was out, to what was stored before it (a word typed
      // and deleted, a conflict settled as "keep mine"): no debounce was started for that, since it
      // matched the store then. It no longer does: send it in turn.
      if (this.key !== key && this.debounceTimer === null) this.again = true
    } else if (error.code === 'INVALID_INPUT') {
      this.failure = 'invalid'
      this.error = error
      this.invalidKey = key
      this.attempts = 0
    } else {
      this.failure = error.code === 'BUSY' ? 'waiting' : error.code === 'DISK_FULL' ? 'full' : 'failed'
      this.error = error
      this.scheduleRetry()
    }
    this.emit()
  }

  private scheduleRetry(): void {
    this.clearRetry()
    const delays = this.retryDelays
    const wait = delays[Math.min(this.attempts, delays.length - 1)] ?? 1000
    this.attempts += 1
    this.retryAt = this.now() + wait
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.retryAt = null
      this.forced = true
      void this.kick()
    }, wait)
  }

  private clearDebounce(): void {
    if (this.debounceTimer !== null) clearTimeout(this.debounceTimer)
    this.debounceTimer = null
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.retryAt = null
  }

  private compute(): AutosaveSnapshot {
    const dirty = this.key !== this.confirmedKey
    let status: AutosaveStatus
    if (!this.enabled) status = 'idle'
    else if (this.failure !== null && this.failure !== 'invalid' && dirty) status = this.failure
    else if (this.failure === 'invalid' && this.key === this.invalidKey) status = 'invalid'
    else if (dirty || this.inFlightKey !== null) status = 'saving'
    else status = this.everSaved ? 'saved' : 'idle'
    const retrying = status === 'failed' || status === 'full' || status === 'waiting'
    return { status, error: this.error, dirty, retryAt: retrying ? this.retryAt : null, sending: this.inFlightKey !== null }
  }

  private emit(): void {
    if (this.detached && this.afterDetach && !this.sendable) {
      const settled = this.afterDetach
      this.afterDetach = null
      settled()
    }
    const next = this.compute()
    const prev = this.snapshot
    if (next.status === prev.status && next.error === prev.error && next.dirty === prev.dirty && next.retryAt === prev.retryAt && next.sending === prev.sending) return
    this.snapshot = next
    if (this.detached) return
    this.options.onChange?.()
    for (const listener of this.listeners) listener()
  }
}

/** A Result-ish answer: `{ ok: false, error }` is a failure; anything else counts as saved. */
function toFailure(answer: unknown): ApiError | null {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false) {
    const error = (answer as { error?: Partial<AppError> }).error
    return new ApiError({
      code: error?.code ?? 'INTERNAL',
      message: error?.message ?? 'The journal did not accept the change',
      ...(error?.issues ? { issues: error.issues } : {}),
    })
  }
  return null
}

function toApiError(thrown: unknown): ApiError {
  if (isApiError(thrown)) return thrown
  const message = thrown instanceof Error ? thrown.message : String(thrown)
  return new ApiError({ code: 'INTERNAL', message })
}
