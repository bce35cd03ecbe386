import type { JournalChange } from '../../../shared/journalEvents'
import type { JournalProblem } from '../../../shared/backups'
import type { AppError, Result } from '../../../shared/result'
import type { CoreOptions } from '../journal'

/**
 * What the core host (the faces' thread) and the core's worker threads say to each other. Plain,
 * structured-clonable data only: a Result crosses as data, never as an exception.
 */
export type CoreWorkerData = Omit<CoreOptions, 'access' | 'walCheckpoints'> & {
  role: 'writer' | 'reader'
  /** How long the writer waits after its last call before checkpointing the WAL (and the daily backup). */
  idleMs?: number
  /** How long a pause in the writer's calls is before it copies their pages from the WAL into the journal file. */
  quietMs?: number
  /** How often the writer, when idle, looks for changes another program made (ms). */
  changePollMs?: number
  /**
   * The writer fills a journal that holds nothing with demo data (the core's seed) before it says
   * it is ready: how the demo journal is made (journalSwitch.ts). A journal with data is left alone.
   */
  seedWhenEmpty?: { calls: number }
}

export type HostMessage =
  /**
   * A reader may open the journal now: the writer has opened it (and upgraded it if it was of an
   * older version). A reader's thread starts beside the writer's and waits for this.
   */
  | { type: 'open' }
  | { type: 'invoke'; id: number; channel: string; input: unknown; origin?: string }
  /** Close the journal (checkpointing it) and end the thread. */
  | { type: 'close' }

export type WorkerMessage =
  /** The journal is open; `recovery` says what is wrong when only recovery can be offered. */
  | { type: 'ready'; recovery: JournalProblem | null }
  /** The journal could not be opened: the thread ends after saying why. */
  | { type: 'open-failed'; error: AppError }
  | { type: 'result'; id: number; result: Result<unknown> }
  /** The journal changed: by a write this thread committed, or by another program. */
  | { type: 'change'; change: JournalChange }
  /** The writer has left (or entered) recovery: a restore or a salvage made the journal whole. */
  | { type: 'mode'; recovery: JournalProblem | null }
  /**
   * The writer found a journal of an older version and is upgrading it (the copy kept first, the
   * migrations, maybe a rebuild): at 100,000 calls tens of seconds. `ready` or `open-failed` ends it.
   */
  | { type: 'upgrading' }
  /** Something worth a line in the face's log (a daily backup that could not be taken). */
  | { type: 'log'; line: string }
  | { type: 'closed' }
