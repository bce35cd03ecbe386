import fs from 'node:fs'
import path from 'node:path'
import { InvalidArgumentError, type Command } from 'commander'
import type { Invoke } from '../../../shared/invoke'
import { AppFailure } from '../../../shared/result'
import type { SecurityStatus } from '../../../shared/security'
import { startJournalSwitch } from '../../core/host/journalSwitch'
import { createChangeHub, type ChangeFeed } from '../../../shared/journalEvents'
import type { WebHost } from '../../web'
import type { CliContext } from '../context'
import { CliError, EXIT_USAGE } from '../errors'

/**
 * `coachbook serve`: browser mode. Stdout carries exactly one line, the address to open (a test
 * harness reads it); anything else goes to stderr. Runs until SIGINT or SIGTERM.
 */
export const PORT_ENV = 'COACHBOOK_PORT'
/** A fixed port keeps the page's origin (and so its local storage) the same from launch to launch. */
export const DEFAULT_PORT = 4736

export function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('A port is a whole number from 0 to 65535 (0 picks any free port).')
  }
  return port
}

function chosenPort(flag: number | undefined, env: CliContext['env']): number | undefined {
  if (flag !== undefined) return flag
  const fromEnv = env[PORT_ENV]
  if (fromEnv === undefined || fromEnv.trim() === '') return undefined
  try {
    return parsePort(fromEnv)
  } catch {
    throw new CliError(`${PORT_ENV}="${fromEnv}" is not a port (a whole number from 0 to 65535)`, EXIT_USAGE)
  }
}

async function start(ctx: CliContext, port: number | undefined, invoke: Invoke, changes: ChangeFeed): Promise<WebHost> {
  // Loaded only for `serve`: no other command needs the web host, and `coachbook info` should
  // answer at once (the host takes node:http without its ES module facade, web/server.ts).
  const { startWebHost } = await import('../../web')
  const options = { invoke, changes, rendererDir: ctx.rendererDir, log: (line: string) => ctx.err(`${line}\n`) }
  if (port !== undefined) return startWebHost({ ...options, port })
  try {
    return await startWebHost({ ...options, port: DEFAULT_PORT })
  } catch (error) {
    // Only the default may move: a port the user asked for is a promise.
    if (error instanceof AppFailure && error.code === 'IO_FAILURE') return startWebHost({ ...options, port: 0 })
    throw error
  }
}

/**
 * An encrypted journal is served locked: the page shows its lock screen and the API answers 423
 * until the passphrase is typed there. `--passphrase-file` unlocks it before the address is given.
 */
async function unlockIfAsked(ctx: CliContext, invoke: Invoke): Promise<void> {
  const status = await invoke('security.status', {})
  if (!status.ok || !(status.value as SecurityStatus).locked) return
  const passphrase = await ctx.passphrase()
  if (passphrase === null) {
    ctx.err('The journal is encrypted: it opens locked, and the page asks for its passphrase.\n')
    return
  }
  const unlocked = await invoke('security.unlock', { passphrase })
  if (!unlocked.ok) throw new CliError(unlocked.error.message)
}

/**
 * Resolves on the first SIGINT or SIGTERM. Later signals are swallowed until `release()`: a
 * Ctrl+C often arrives twice (from the terminal and from `npm start` passing it on), and the
 * second must not kill the process halfway through closing the journal.
 */
function waitForStop(): { stopped: Promise<string>; release(): void } {
  const signals = ['SIGINT', 'SIGTERM'] as const
  let resolveStop: (signal: string) => void = () => undefined
  const stopped = new Promise<string>((resolve) => (resolveStop = resolve))
  const onSignal = (signal: string) => resolveStop(signal)
  for (const signal of signals) process.on(signal, onSignal)
  return {
    stopped,
    release: () => {
      for (const signal of signals) process.off(signal, onSignal)
    },
  }
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('open the journal in your web browser (browser mode, on 127.0.0.1 only)')
    .option('--port <n>', `port to listen on, 0 for any free port (default: ${PORT_ENV}, else ${DEFAULT_PORT})`, parsePort)
    .action(async (options: { port?: number }) => {
      const port = chosenPort(options.port, ctx.env)
      if (!fs.existsSync(path.join(ctx.rendererDir, 'index.html'))) {
        throw new CliError(`the app is not built (no ${path.join(ctx.rendererDir, 'index.html')}); run "npm run build" first`)
      }
      // The core runs in its own thread, so a long import never holds up another request. Not
      // ctx.withCore: that core says it serves the CLI, and app.info must tell the page the truth.
      const log = (line: string) => ctx.err(`${line}\n`)
      // Changes the core announces go to every open tab (electron/web/events.ts).
      const changes = createChangeHub()
      // The demo journal opens beside the real one through `demo.*` (journalSwitch.ts).
      const core = await startJournalSwitch({
        workerFile: ctx.coreWorkerFile,
        dataDir: ctx.dataDir(),
        face: 'browser',
        appVersion: ctx.appVersion,
        log,
        onChange: (change) => changes.publish(change),
      })
      const stop = waitForStop()
      try {
        await unlockIfAsked(ctx, core.invoke)
        const host = await start(ctx, port, core.invoke, changes)
        // stdout carries exactly the address, so scripts can read it; the hint goes to stderr.
        ctx.out(`${host.url}\n`)
        const problem = core.recovery()
        if (problem) {
          // Not an error exit: the page is where the journal can be restored or salvaged.
          ctx.err(`${problem.message} Open the address above to restore a backup or salvage it (Ctrl+C stops Coachbook).\n`)
        } else {
          ctx.err(`Coachbook is serving your journal: open the address above in your browser (Ctrl+C stops it).\n`)
        }
        await stop.stopped
        await host.close()
      } finally {
        stop.release()
        await core.close()
      }
    })
}
