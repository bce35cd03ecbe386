import fs from 'node:fs'
import path from 'node:path'
import { contract } from '../../../shared/contract'
import { DEMO_CALLS, DEMO_FOLDER, type DemoStatus } from '../../../shared/firstRun'
import type { Invoke } from '../../../shared/invoke'
import type { JournalChange } from '../../../shared/journalEvents'
import { AppFailure, fail, ok, type Result } from '../../../shared/result'
import { LOCK_FREE_CHANNELS, LOCKED_MESSAGE } from '../../../shared/security'
import { describeIoError } from '../files'
import { databasePath } from '../paths'
import { startCoreHost, type CoreHost, type CoreHostOptions } from './coreHost'

/**
 * The faces' core with a second journal beside the real one: the demo journal in
 * `<dataDir>/demo/`, made from the core's seed the first time it is opened (issue 14, item 1).
 * It answers `demo.*` itself and sends every other call to whichever journal is open, so the core
 * never learns there are two, and nothing of the demo can reach the real journal: they are two
 * files, each with its own threads, backups and first-run marker.
 *
 * Switching tells every window or tab that everything may have changed, so each reads afresh from
 * the journal now open. The real journal stays open while the demo is (a switch back is instant);
 * the app always starts on the real journal.
 */
export type JournalSwitch = CoreHost & {
  /** Which journal the calls reach now. */
  demoStatus(): DemoStatus
}

const EVERYTHING: JournalChange = { type: 'changed', scope: 'everything', channel: 'demo.open' }

export async function startJournalSwitch(options: CoreHostOptions): Promise<JournalSwitch> {
  const { onChange = () => undefined } = options
  const demoDir = path.join(options.dataDir, DEMO_FOLDER)
  let demo: CoreHost | null = null
  let closed = false
  /** Switches happen one at a time (two tabs may click at once). */
  let switching: Promise<unknown> = Promise.resolve()

  const real = await startCoreHost({
    ...options,
    // The real journal's news is old news while the demo is showing.
    onChange: (change) => {
      if (!demo) onChange(change)
    },
  })
  const active = (): CoreHost => demo ?? real
  const status = (): DemoStatus => ({ available: true, open: demo !== null, exists: fs.existsSync(databasePath(demoDir)) })
  const announce = (channel: string) => onChange({ ...EVERYTHING, channel })

  const openDemo = async (): Promise<void> => {
    if (demo) return
    demo = await startCoreHost({
      ...options,
      dataDir: demoDir,
      seedWhenEmpty: { calls: DEMO_CALLS },
      // The demo journal is made by this version: nothing to tell if it is upgraded on the way.
      onUpgrade: undefined,
      onChange: (change) => {
        if (demo) onChange(change)
      },
    })
    announce('demo.open')
  }

  const closeDemo = async (channel: string): Promise<void> => {
    const current = demo
    if (!current) return
    demo = null
    await current.close()
    announce(channel)
  }

  const removeDemo = async (): Promise<void> => {
    await closeDemo('demo.remove')
    try {
      fs.rmSync(demoDir, { recursive: true, force: true })
    } catch (error) {
      throw new AppFailure('IO_FAILURE', `The demo journal could not be removed: ${describeIoError(error)}`)
    }
  }

  const run = (work: () => Promise<void>): Promise<Result<unknown>> => {
    const next = switching.then(async () => {
      if (closed) return fail('IO_FAILURE', 'The journal is closed.')
      try {
        await work()
        return ok(status())
      } catch (error) {
        return error instanceof AppFailure ? error.toFail() : fail('IO_FAILURE', `The demo journal could not be opened: ${(error as Error).message}`)
      }
    })
    switching = next
    return next
  }

  const demoCall = (method: string, input: unknown): Promise<Result<unknown>> => {
    const operation = (contract.demo as Record<string, { input: { safeParse(v: unknown): { success: boolean } } } | undefined>)[method]
    if (!operation) return Promise.resolve(fail('NOT_FOUND', `Unknown operation "demo.${method.slice(0, 40)}"`))
    if (!operation.input.safeParse(input ?? {}).success) return Promise.resolve(fail('INVALID_INPUT', 'This operation takes no input'))
    if (method === 'status') return Promise.resolve(ok(status()))
    if (method === 'open') return run(openDemo)
    if (method === 'close') return run(() => closeDemo('demo.close'))
    return run(removeDemo)
  }

  // The lock is the real journal's: its passphrase, its idle time. While it is locked nothing is
  // served, the demo included (a locked app shows nothing but the lock, and the demo is no way
  // round it), and the lock's own calls always reach the real journal.
  const invoke: Invoke = (channel, input, origin) => {
    if (typeof channel === 'string' && channel.startsWith('security.')) return real.invoke(channel, input, origin)
    if (real.isLocked() && !(LOCK_FREE_CHANNELS as readonly unknown[]).includes(channel)) return Promise.resolve(fail('LOCKED', LOCKED_MESSAGE))
    return typeof channel === 'string' && channel.startsWith('demo.')
      ? demoCall(channel.slice('demo.'.length), input)
      : active().invoke(channel, input, origin)
  }

  return {
    invoke,
    demoStatus: status,
    isLocked: () => real.isLocked(),
    recovery: () => active().recovery(),
    restart: () => active().restart(),
    close: async () => {
      if (closed) return
      closed = true
      await switching
      await Promise.all([demo?.close(), real.close()])
      demo = null
    },
  }
}
