import type { Handlers } from '../../../shared/contract'
import type { DemoStatus } from '../../../shared/firstRun'
import { AppFailure } from '../../../shared/result'

/**
 * A core on its own (the CLI, tests) has no demo journal: the desktop app and browser mode answer
 * `demo.*` in their journal switch (electron/core/host/journalSwitch.ts) before a call reaches a
 * core. From the terminal, a journal of demo data is `--data-dir <folder> seed`.
 */
const NONE: DemoStatus = { available: false, open: false, exists: false }

export function demoHandlers(): Handlers['demo'] {
  const refuse = (): never => {
    throw new AppFailure('INVALID_INPUT', 'The demo journal opens from the app; from the terminal use --data-dir <folder> with seed')
  }
  return { status: () => NONE, open: refuse, close: refuse, remove: refuse }
}
