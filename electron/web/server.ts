import type http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { newErrorId, unexpectedMessage } from '../../shared/dispatch'
import type { Invoke } from '../../shared/invoke'
import { AppFailure, fail, ok } from '../../shared/result'
import { EVENTS_PATH } from '../../shared/journalEvents'
import { parseReadBatch } from '../../shared/parseReadBatch'
import { READ_BATCH_PATH } from '../../shared/readBatch'
import { createToken, isAllowedHost, isAllowedOrigin, isAuthorized, tokensMatch } from './auth'
import { bodyLimit, describeBytes, isLargeBody } from './bodyLimits'
import { clientOf, streamChanges, type ChangeFeed } from './events'
import { SECURITY_HEADERS } from './headers'
import { createQueue } from './queue'
import { serveStatic } from './static'

/**
 * Browser mode: the built renderer and the contract (`POST /api/<namespace>/<method>`, JSON in,
 * Result out) on 127.0.0.1 only. Transport problems get HTTP status codes; an operation's own
 * failure is a Result with status 200, exactly as the Electron face would answer it — except a
 * locked journal's refusal, which is also 423 Locked (docs/encryption.md). `POST /api/batch`
 * answers several reads at once, each as its own request would be (shared/readBatch.ts).
 */
export const LISTEN_HOST = '127.0.0.1'

export type WebHostOptions = {
  /** The core, wherever it runs (electron/core/host). */
  invoke: Invoke
  /** 0 picks any free port. */
  port?: number
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Where unexpected server errors are reported; never stdout, which belongs to the announced URL. */
  log?: (line: string) => void
  /** Changes to the journal, streamed to open tabs at /api/events (electron/web/events.ts). */
  changes?: ChangeFeed
}

export type WebHost = {
  /** The address to open, token included: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string
  port: number
  token: string
  server: http.Server
  close(): Promise<void>
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = createToken()
  const log = options.log ?? (() => undefined)
  // One large body (an import) is read and handled at a time; the next waits in its socket.
  const largeBodies = createQueue()
  let port = 0
  const server = nodeHttp().createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // Only a defect gets here: the core answers every failure as a Result.
      const id = newErrorId()
      log(`coachbook: request failed (error ${id}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      if (!response.headersSent) sendJson(response, 500, fail('INTERNAL', unexpectedMessage(id)))
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
    if (!isAllowedHost(request.headers.host, port)) return sendText(response, 403, 'Forbidden: unexpected Host')
    if (!isAllowedOrigin(request.headers.origin, port)) return sendText(response, 403, 'Forbidden: unexpected Origin')
    const url = new URL(request.url ?? '/', `http://${LISTEN_HOST}:${port}`)
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(request, response, url)
    return handlePage(request, response, url)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!isAuthorized(request, token)) {
      response.setHeader('WWW-Authenticate', 'Bearer')
      return sendJson(response, 401, fail('UNAUTHORIZED', 'Open Coachbook from the address it printed when it started'))
    }
    if (url.pathname === EVENTS_PATH && options.changes) {
      if (request.method !== 'GET') {
        response.setHeader('Allow', 'GET')
        return sendJson(response, 405, fail('INVALID_INPUT', `Use GET for ${EVENTS_PATH}`))
      }
      return streamChanges(request, response, options.changes, clientOf(request, url))
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST')
      return sendJson(response, 405, fail('INVALID_INPUT', 'Use POST for /api calls'))
    }
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
    if (mediaType !== 'application/json') {
      return sendJson(response, 415, fail('INVALID_INPUT', 'Send the request body as application/json'))
    }
    const parts = url.pathname.slice('/api/'.length).split('/')
    const channel = parts.length === 2 ? `${parts[0]}.${parts[1]}` : url.pathname
    const limit = bodyLimit(channel)
    const declared = declaredLength(request)
    if (declared > limit) return refuseTooLarge(request, response, channel, limit)
    if (!isLargeBody(limit, declared)) return answerApi(request, response, channel, limit)
    await largeBodies.run(() => answerApi(request, response, channel, limit))
  }

  async function answerApi(request: IncomingMessage, response: ServerResponse, channel: string, limit: number): Promise<void> {
    const body = await readBody(request, limit)
    if (body.kind === 'too-large') return refuseTooLarge(request, response, channel, limit)
    if (body.kind === 'aborted') return
    let input: unknown
    try {
      // An empty body means "no input", the same as calling `api.app.info()` without an argument.
      input = body.text.trim() === '' ? undefined : (JSON.parse(body.text) as unknown)
    } catch {
      return sendJson(response, 400, fail('INVALID_INPUT', 'The request body is not valid JSON'))
    }
    if (channel === READ_BATCH_PATH) return answerBatch(request, response, input)
    const result = await options.invoke(channel, input, clientOf(request))
    // A locked journal is the one refusal told in HTTP too (423 Locked), for anything reading the API.
    sendJson(response, !result.ok && result.error.code === 'LOCKED' ? 423 : 200, result)
  }

  /** Several reads in one request (shared/readBatch.ts): each answered as its own request would be, in order. */
  async function answerBatch(request: IncomingMessage, response: ServerResponse, input: unknown): Promise<void> {
    const calls = parseReadBatch(input)
    if (!calls.ok) return sendJson(response, 400, calls)
    const origin = clientOf(request)
    const results = await Promise.all(calls.value.map((call) => options.invoke(call.channel, call.input, origin)))
    sendJson(response, 200, ok(results))
  }

  async function handlePage(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD')
      return sendText(response, 405, 'Method not allowed')
    }
    if (url.pathname === '/' && url.searchParams.has('token')) {
      if (!tokensMatch(token, url.searchParams.get('token') ?? undefined)) {
        return sendText(
          response,
          401,
          'This Coachbook address is no longer valid. Use the address Coachbook printed when it last started.',
        )
      }
      // The page itself takes the token into its own origin's storage and out of the address
      // bar and history (renderer/src/api/transports/session.ts); the server sets no cookie.
    }
    if ((await serveStatic(options.rendererDir, url.pathname, request, response)) === 'not-found') {
      sendText(response, 404, 'Not found')
    }
  }

  await listen(server, options.port ?? 0)
  port = (server.address() as AddressInfo).port
  return {
    url: `http://${LISTEN_HOST}:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening)
      reject(
        error.code === 'EADDRINUSE'
          ? new AppFailure('IO_FAILURE', `Port ${port} is already in use; choose another with --port or COACHBOOK_PORT`)
          : error,
      )
    }
    const onListening = () => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, LISTEN_HOST)
  })
}

/** How long a refused body is let through, unkept, before its connection is closed regardless. */
const LINGER_MS = 30_000

/**
 * Answers 413 at once, and closes the connection only when the client has stopped sending (or
 * after LINGER_MS): closing it while the body still arrives would reset it, and the client would
 * lose the answer to the reset. What arrives meanwhile is let through unkept.
 */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, channel: string, limit: number): void {
  const text = JSON.stringify(fail('INVALID_INPUT', `The request is too large: ${channel} accepts at most ${describeBytes(limit)}`))
  response.statusCode = 413
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.setHeader('Content-Length', Buffer.byteLength(text))
  response.setHeader('Connection', 'close')
  // With its length declared, the answer is whole once written; end() then closes the connection.
  response.write(text)
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    clearTimeout(timer)
    response.end()
  }
  const timer = setTimeout(end, LINGER_MS)
  request.once('end', end)
  request.once('close', end)
  request.resume()
}

/** Content-Length as a number, 0 when absent (a chunked body is then counted as it streams). */
function declaredLength(request: IncomingMessage): number {
  const declared = Number(request.headers['content-length'])
  return Number.isFinite(declared) && declared > 0 ? declared : 0
}

type Body = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'aborted' }

/**
 * Reads the body up to `limit` bytes. With a Content-Length the bytes go straight into one buffer
 * of that size (no list of chunks, then a copy of them all), which halves the peak for a large import.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  const declared = declaredLength(request)
  return new Promise((resolve) => {
    let buffer: Buffer | null = declared > 0 ? Buffer.allocUnsafe(declared) : null
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (value: Body) => {
      if (settled) return
      settled = true
      request.off('data', onData)
      buffer = null
      chunks.length = 0
      resolve(value)
    }
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit || (buffer && size + chunk.length > buffer.length)) {
        settle({ kind: 'too-large' })
        request.resume()
        return
      }
      if (buffer) chunk.copy(buffer, size)
      else chunks.push(chunk)
      size += chunk.length
    }
    request.on('data', onData)
    request.on('end', () => {
      const bytes = buffer ? buffer.subarray(0, size) : Buffer.concat(chunks)
      settle({ kind: 'text', text: bytes.toString('utf8') })
    })
    request.on('error', () => settle({ kind: 'aborted' }))
    request.on('close', () => settle({ kind: 'aborted' }))
  })
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.setHeader('Content-Length', Buffer.byteLength(text))
  response.end(text)
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status
  response.setHeader('Content-Type', 'text/plain; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.setHeader('Content-Length', Buffer.byteLength(text))
  response.end(text)
}

/**
 * Node's HTTP module, taken as CommonJS: imported as an ES module, Node builds a facade that
 * reads every export once, and one of them loads the bundled fetch client (undici) — ~45 ms of
 * each `coachbook serve` start spent on code the server never runs.
 */
function nodeHttp(): typeof http {
  return process.getBuiltinModule('node:http')
}
