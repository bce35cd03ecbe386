import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import { cliPath } from '../../../helpers/appBuild'
import { makeTempDataDir } from '../../../helpers/tempJournal'

/**
 * A real journal served by the built app (`coachbook serve` in a child process, as a person runs
 * it) and a client that speaks to it over HTTP with every header under its control: what the
 * fuzzing and the hostile-file tests talk to.
 */
export type Reply = { status: number; text: string }

export type ServedJournal = {
  port: number
  token: string
  dataDir: string
  /** Everything the server wrote to stderr (unexpected errors are logged there with their id). */
  stderr(): string
  /** POSTs a raw body to /api/<ns>/<method>; resolves with the reply, or rejects if the connection failed without one. */
  post(channel: string, body: string): Promise<Reply>
  /** A contract call that must succeed, answering its value. */
  call<T>(channel: string, input: unknown): Promise<T>
  /** Kills the server outright (SIGKILL: nothing is closed or flushed), as a crash would; the journal stays for `stop()` to remove. */
  kill(): Promise<void>
  stop(): Promise<void>
}

const ANNOUNCE = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/

export async function serveJournal(buildDir: string): Promise<ServedJournal> {
  const dataDir = makeTempDataDir('coachbook-served-')
  const env: NodeJS.ProcessEnv = { ...process.env, COACHBOOK_DATA_DIR: dataDir, COACHBOOK_PORT: '0' }
  const child: ChildProcess = spawn(process.execPath, [cliPath(buildDir), 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [port, token] = await new Promise<[number, string]>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = ANNOUNCE.exec(stdout)
      if (match) resolve([Number(match[1]), match[2] ?? ''])
    })
    child.once('exit', (code) => reject(new Error(`coachbook serve exited (code ${code}): ${stderr}`)))
    child.once('error', reject)
  })

  // Once announced, the server must stay up: if it ends, every later failure says how and why.
  let ended = ''
  child.once('exit', (code, signal) => (ended = `coachbook serve ended (code ${code}, signal ${signal}); its stderr: ${stderr.slice(-2000)}`))
  const explained = (error: Error) => (ended ? new Error(`${error.message}: ${ended}`) : error)

  const post = (channel: string, body: string): Promise<Reply> =>
    new Promise((resolve, rejectPlain) => {
      const reject = (error: Error) => rejectPlain(explained(error))
      const [ns, method] = channel.split('.')
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/${ns ?? ''}/${method ?? ''}`,
          agent: false,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
          response.on('error', reject)
        },
      )
      // A server refusing a body it will not read (413) may close before all of it is written;
      // the reply is what counts, so only a connection that ends without one is a failure.
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
        else request.once('close', () => reject(error))
      })
      request.end(body)
    })

  return {
    port,
    token,
    dataDir,
    stderr: () => stderr,
    post,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const reply = await post(channel, JSON.stringify(input ?? {}))
      const result = JSON.parse(reply.text) as { ok: boolean; value?: T; error?: { code: string; message: string } }
      if (!result.ok) throw new Error(`${channel}: ${result.error?.code} ${result.error?.message}`)
      return result.value as T
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The journal as `journal.export` gives it, minus the moment of the export, and the saved mappings. */
export async function journalState(served: ServedJournal): Promise<string> {
  const journal = await served.call<Record<string, unknown>>('journal.export', {})
  delete journal['exportedAt']
  const mappings = await served.call<unknown[]>('imports.listMappings', {})
  return JSON.stringify({ journal, mappings })
}
