import type { Command } from 'commander'
import { dataKeyFromPassphrase, isJournalEncrypted, openCore, type Core } from '../core'
import { resolveDataDir } from '../core/paths'
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
  /** Opens the journal (with the key `--passphrase-file` unlocks, if encrypted), runs `fn`, and always closes it again. */
  withCore<T>(fn: (core: Core) => Promise<T> | T): Promise<T>
}

export const PASSPHRASE_NEEDED = (dataDir: string) =>
  `the journal in ${dataDir} is encrypted: give its passphrase with --passphrase-file FILE (or --passphrase-file - to read it from standard input)`

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
  return {
    ...environment,
    dataDir,
    passphrase: readOnce,
    async withCore(fn) {
      const dir = dataDir()
      const core = openCore({ dataDir: dir, face: 'cli', appVersion: environment.appVersion, key: await journalKey(dir) })
      try {
        return await fn(core)
      } finally {
        core.close()
      }
    },
  }
}
