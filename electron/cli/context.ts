import type { Command } from 'commander'
import { OlderSchema, openCore, type Core } from '../core'
import { resolveDataDir } from '../core/paths'
import { AppFailure } from '../../shared/result'
import { CliError } from './errors'

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
  /**
   * Opens the journal to write (a command that changes it: import, seed), runs `fn`, and always
   * closes it again. A folder with nothing of a journal in it gets a new one.
   */
  withCore<T>(fn: (core: Core) => Promise<T> | T): Promise<T>
  /**
   * Opens the journal only to read it (export, metrics, backup): a folder without a journal is
   * refused — a mistyped --data-dir must not make a new one — and nothing is written, except that
   * a journal from an older Coachbook is upgraded first, as the app would.
   */
  withJournalToRead<T>(fn: (core: Core) => Promise<T> | T): Promise<T>
}

/** What to do about a journal that needs recovery, from the terminal. */
export const RECOVERY_HINT =
  'See its backups with "coachbook backups" and put one back with "coachbook restore <name>", or read what can be read into a new journal with "coachbook salvage".'

export function createContext(program: Command, environment: CliEnvironment): CliContext {
  const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir, environment.env)
  const open = (access: 'write' | 'read', create: boolean): Core => {
    try {
      return openCore({ dataDir: dataDir(), face: 'cli', appVersion: environment.appVersion, access, create })
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'NEEDS_RECOVERY') throw new CliError(`${error.message} ${RECOVERY_HINT}`)
      throw error
    }
  }
  const use = async <T>(core: Core, fn: (core: Core) => Promise<T> | T): Promise<T> => {
    try {
      return await fn(core)
    } finally {
      core.close()
    }
  }
  return {
    ...environment,
    dataDir,
    withCore: (fn) => use(open('write', true), fn),
    withJournalToRead: (fn) => {
      let core: Core
      try {
        core = open('read', false)
      } catch (error) {
        if (!(error instanceof OlderSchema)) throw error
        core = open('write', false)
      }
      return use(core, fn)
    },
  }
}
