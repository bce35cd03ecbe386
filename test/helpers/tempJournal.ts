import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openCore, type Core, type CoreOptions } from '../../electron/core'
import { fileReader, type FileReader } from '../../electron/core/sandbox'
import { runParseJob } from '../../electron/core/sandbox/runParseJob'
import { inject } from 'vitest'
import { databasePath } from '../../electron/core/paths'
import type { Channel, InputOf, Method, Namespace, OutputOf } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { AppFailure, type Result } from '../../shared/result'

/**
 * Real journals in temporary folders for tests: never a mock database. Each test gets its own
 * folder; `cleanup()` closes the journal and removes the folder.
 */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures')

export function makeTempDataDir(prefix = 'coachbook-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export type TempCore = { core: Core; dataDir: string; cleanup: () => void }

/**
 * Files read on the test's own thread: the TypeScript sources have no built worker to start.
 * The readers are the sandbox's very functions; the sandbox itself (worker, limits) is tested
 * against the built app (test/unit/electron/core/sandbox/, the `built` project).
 */
export const inThreadFileReader: FileReader = fileReader((job) => Promise.resolve().then(() => runParseJob(job)))

export function openTempCore(options: Partial<CoreOptions> = {}): TempCore {
  const dataDir = options.dataDir ?? newJournalDir(options)
  const core = openCore({ face: 'cli', appVersion: '0.0.0-test', fileReader: inThreadFileReader, ...options, dataDir })
  return {
    core,
    dataDir,
    cleanup: () => {
      core.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * A new temporary folder; when the test asks only for an empty journal of its own (plain, to
 * write), it holds a copy of the run's template journal (test/unit/setup/templateJournal.ts),
 * which opens as a journal created there would, without migrating a new one each time.
 */
function newJournalDir(options: Partial<CoreOptions>): string {
  const dataDir = makeTempDataDir()
  const template = inject('templateJournal') as string | undefined
  const emptyPlainJournal = !options.key && options.create !== false && (options.access ?? 'write') === 'write'
  if (template && emptyPlainJournal) {
    const file = databasePath(dataDir)
    fs.copyFileSync(template, file)
    fs.chmodSync(file, 0o600)
  }
  return dataDir
}

/** The text of a file in test/fixtures, e.g. `journal-small.json` (3 reps, 12 calls, 5 sessions). */
export function readFixture(name = 'journal-small.json'): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8')
}

type NamespaceOf<C extends Channel> = C extends `${infer N extends Namespace}.${string}` ? N : never
type MethodOf<C extends Channel> = C extends `${string}.${infer M}` ? M & Method<NamespaceOf<C>> : never
export type ChannelInput<C extends Channel> = InputOf<NamespaceOf<C>, MethodOf<C>>
export type ChannelOutput<C extends Channel> = OutputOf<NamespaceOf<C>, MethodOf<C>>

/** Calls an operation the way every face does: through `dispatch`, so inputs are validated. */
export async function invokeResult<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return dispatch(core.handlers, channel, input)
}

/** Like `invokeResult`, but answers the value and rejects with an `AppFailure` carrying the error. */
export async function invoke<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invokeResult(core, channel, input)
  if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.issues)
  return result.value
}

/** Opens a temporary journal holding `journal-small.json` (or another fixture). */
export async function openFixtureCore(name = 'journal-small.json', options: Partial<CoreOptions> = {}): Promise<TempCore> {
  const temp = openTempCore(options)
  await invoke(temp.core, 'journal.import', { text: readFixture(name) })
  return temp
}
