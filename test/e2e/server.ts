import { spawn, type ChildProcess } from 'node:child_process'
import type { APIRequestContext } from '@playwright/test'
import type { Result } from '../../shared/result'
import { BUILD_DIR_ENV, cliPath } from '../helpers/appBuild'

/** The line `coachbook serve` prints once it listens: the address with this launch's token. */
export const ANNOUNCE_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/

/** The run's build, set by test/e2e/globalSetup.ts. */
function cli(): string {
  const buildDir = process.env[BUILD_DIR_ENV]
  if (!buildDir) throw new Error(`${BUILD_DIR_ENV} is not set: the end-to-end global setup did not run`)
  return cliPath(buildDir)
}
const START_TIMEOUT_MS = 20_000
const STOP_TIMEOUT_MS = 5_000

/**
 * One browser-mode host on its own data directory, driven the way a user runs it:
 * `node out/main/cli.js serve` with `COACHBOOK_DATA_DIR` and a free port. Restartable on the same
 * directory, which is how tests prove the journal outlives the process.
 */
export class CoachbookServer {
  private child: ChildProcess | undefined
  private output = ''
  /** The link with the token, e.g. `http://127.0.0.1:40123/?token=…`. */
  url = ''
  /** `http://127.0.0.1:40123`, for building `#/route` addresses and API calls. */
  origin = ''

  constructor(readonly dataDir: string) {}

  /** This launch's token, for API calls made beside the page (`Authorization: Bearer …`). */
  get token(): string {
    return new URL(this.url).searchParams.get('token') ?? ''
  }

  /** A contract call with this launch's token, as a script beside the page makes one. */
  async call<T>(request: APIRequestContext, channel: string, input: unknown): Promise<T> {
    const [namespace, method] = channel.split('.')
    const response = await request.post(`${this.origin}/api/${namespace}/${method}`, {
      data: input ?? {},
      headers: { authorization: `Bearer ${this.token}` },
    })
    const result = (await response.json()) as Result<T>
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
    return result.value
  }

  /** Everything the server printed, across restarts: attached to failed tests. */
  get log(): string {
    return this.output
  }

  /** Starts the host; on `port` when given (a restart in place, as a user runs it with --port). */
  async start(port = 0): Promise<string> {
    if (this.child) throw new Error('The server is already running')
    const child = spawn(process.execPath, [cli(), 'serve'], {
      env: { ...process.env, COACHBOOK_DATA_DIR: this.dataDir, COACHBOOK_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    this.output += `--- start (pid ${child.pid ?? '?'}) ---\n`
    const url = await new Promise<string>((resolveUrl, reject) => {
      let stdout = ''
      const timer = setTimeout(() => fail(new Error(`coachbook serve printed no address within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS)
      const fail = (error: Error) => {
        clearTimeout(timer)
        reject(new Error(`${error.message}\n${this.output}`))
      }
      child.stdout?.on('data', (chunk: Buffer) => {
        const text = chunk.toString()
        this.output += text
        stdout += text
        const match = ANNOUNCE_PATTERN.exec(stdout)
        if (match) {
          clearTimeout(timer)
          resolveUrl(match[0])
        }
      })
      child.stderr?.on('data', (chunk: Buffer) => {
        this.output += chunk.toString()
      })
      child.once('error', fail)
      child.once('exit', (code, signal) => fail(new Error(`coachbook serve exited early (code ${code}, signal ${signal})`)))
    })
    this.url = url
    this.origin = new URL(url).origin
    return url
  }

  async stop(): Promise<void> {
    const child = this.child
    this.child = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
    this.output += '--- stopped ---\n'
  }

  /**
   * Kills the server outright (SIGKILL), as a crash or a power cut to the process would: no
   * signal handler runs, nothing is closed or flushed. Resolves once the process is gone.
   */
  async kill(): Promise<void> {
    const child = this.child
    this.child = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill('SIGKILL')
    await exited
    this.output += '--- killed ---\n'
  }

  /** Stops and starts again on the same data directory; the new launch has a new port and token. */
  async restart(): Promise<string> {
    await this.stop()
    return this.start()
  }

  /** The port the host listens on now. */
  get port(): number {
    return Number(new URL(this.origin).port)
  }
}
