import type { Command } from 'commander'
import { openCore, type Core } from '../core'
import { resolveDataDir } from '../core/paths'

/**
 * What every command gets: the resolved data folder, a way to borrow the core for the length of
 * the command, typed contract calls that throw on failure, and the two output streams.
 */
export type CliIo = {
  out: (text: string) => void
  err: (text: string) => void
}

export type CliEnvironment = CliIo & {
  appVersion: string
  /** out/renderer, found next to the built CLI. */
  rendererDir: string
  /** out/main/coreWorker.js, the core's own thread for `serve`. */
  coreWorkerFile: string
  env: Readonly<Record<string, string | undefined>>
}

export type CliContext = CliEnvironment & {
  /** `--data-dir`, else COACHBOOK_DATA_DIR, else the desktop app's folder. */
  dataDir(): string
  /** Opens the journal, runs `fn`, and always closes it again. */
  withCore<T>(fn: (core: Core) => Promise<T> | T): Promise<T>
}

export function createContext(program: Command, environment: CliEnvironment): CliContext {
  const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir, environment.env)
  return {
    ...environment,
    dataDir,
    async withCore(fn) {
      const core = openCore({ dataDir: dataDir(), face: 'cli', appVersion: environment.appVersion })
      try {
        return await fn(core)
      } finally {
        core.close()
      }
    },
  }
}
