import type { Command } from 'commander'
import { dataKeyFromPassphrase, isJournalEncrypted, OlderSchema, openCore, UPGRADE_NOTICE, type Core } from '../core'
import { resolveDataDir } from '../core/paths'
import { AppFailure } from '../../shared/result'
import { CliError } from './errors'
import { readPassphrase } from './passphrase'

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
  /** Standard input, for `--passphrase-file -`. */
  stdin?: NodeJS.ReadableStream
}

export type CliContext = CliEnvironment & {
  /** `--data-dir`, else COACHBOOK_DATA_DIR, else the desktop app's folder. */
  dataDir(): string
  /** The passphrase from `--passphrase-file`, or null when none was given. Read once. */
  passphrase(): Promise<string | null>
  /**
   * The data key of the journal in dataDir() when it is encrypted (from `--passphrase-file`;
   * without it, one line and exit 1), null when it is plain.
   */
  journalKey(): Promise<Buffer | null>
  /**
   * Opens the journal to write (a command that changes it: import, seed), runs `fn`, and always
   * closes it again. A folder with nothing of a journal in it gets a new one. An encrypted journal
   * opens with the key `--passphrase-file` unlocks.
   */
  withCore<T>(fn: (core: Core) => Promise<T> | T): Promise<T>
  /**
   * Opens the journal only to read it (export, metrics, backup): a folder without a journal is
   * refused — a mistyped --data-dir must not make a new one — and nothing is written, except that
   * a journal from an older Coachbook is upgraded first, as the app would.
   */
  withJournalToRead<T>(fn: (core: Core) => Promise<T> | T): Promise<T>
}

export const PASSPHRASE_NEEDED = (dataDir: string) =>
  `the journal in ${dataDir} is encrypted: give its passphrase with --passphrase-file FILE (or --passphrase-file - to read it from standard input)`

/** What to do about a journal that needs recovery, from the terminal. */
export const RECOVERY_HINT =
  'See its backups with "coachbook backups" and put one back with "coachbook restore <name>", or read what can be read into a new journal with "coachbook salvage".'

export function createContext(program: Command, environment: CliEnvironment): CliContext {
  const dataDir = () => resolveDataDir(program.opts<{ dataDir?: string }>().dataDir, environment.env)
  let passphrase: Promise<string | null> | undefined
  const readOnce = () => {
    const file = program.opts<{ passphraseFile?: string }>().passphraseFile
    passphrase ??= file === undefined ? Promise.resolve(null) : readPassphrase(file, environment.stdin ?? process.stdin)
    return passphrase
  }
  /** The key of an encrypted journal, null for a plain one. */
  const journalKey = async (dir: string): Promise<Buffer | null> => {
    if (!isJournalEncrypted(dir)) return null
    const given = await readOnce()
    if (given === null) throw new CliError(PASSPHRASE_NEEDED(dir))
    return dataKeyFromPassphrase(dir, given)
  }
  const open = async (access: 'write' | 'read', create: boolean): Promise<Core> => {
    const dir = dataDir()
    const key = await journalKey(dir)
    try {
      const onUpgrade = () => environment.err(`${UPGRADE_NOTICE}\n`)
      return openCore({ dataDir: dir, face: 'cli', appVersion: environment.appVersion, access, create, key, onUpgrade })
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
    passphrase: readOnce,
    journalKey: () => journalKey(dataDir()),
    withCore: async (fn) => use(await open('write', true), fn),
    withJournalToRead: async (fn) => {
      let core: Core
      try {
        core = await open('read', false)
      } catch (error) {
        if (!(error instanceof OlderSchema)) throw error
        core = await open('write', false)
      }
      return use(core, fn)
    },
  }
}
