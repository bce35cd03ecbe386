import type { JournalChange } from '../../../shared/journalEvents'
import type { AppError, Result } from '../../../shared/result'
import type { CoreOptions } from '../journal'

/**
 * What the core host (the faces' thread) and the core's worker thread say to each other. Plain,
 * structured-clonable data only: a Result crosses as data, never as an exception.
 */
export type CoreWorkerData = CoreOptions & {
  /** How often the writer, when idle, looks for changes another program made (ms). */
  changePollMs?: number
}

export type HostMessage =
  | { type: 'invoke'; id: number; channel: string; input: unknown; origin?: string }
  /** Close the journal (checkpointing it) and end the thread. */
  | { type: 'close' }

export type WorkerMessage =
  | { type: 'ready' }
  /** The journal could not be opened: the thread ends after saying why. */
  | { type: 'open-failed'; error: AppError }
  | { type: 'result'; id: number; result: Result<unknown> }
  /** The journal changed: by a write this thread committed, or by another program. */
  | { type: 'change'; change: JournalChange }
  | { type: 'closed' }
