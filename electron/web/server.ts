import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Invoke } from '../../shared/invoke'
import { AppFailure, fail } from '../../shared/result'
import { createToken, isAllowedHost, isAllowedOrigin, isAuthorized, tokenCookie, tokensMatch } from './auth'
import { SECURITY_HEADERS } from './headers'
import { serveStatic } from './static'

/**
 * Browser mode: the built renderer and the contract (`POST /api/<namespace>/<method>`, JSON in,
 * Result out) on 127.0.0.1 only. Transport problems get HTTP status codes; an operation's own
 * failure is a Result with status 200, exactly as the Electron face would answer it — except a
 * locked journal's refusal, which is also 423 Locked (docs/encryption.md).
 */
export const LISTEN_HOST = '127.0.0.1'
/** Room for the largest importable journal text (200 M characters) plus its JSON envelope. */
export const MAX_BODY_BYTES = 210 * 1024 * 1024

export type WebHostOptions = {
  /** The core, wherever it runs (electron/core/host). */
  invoke: Invoke
  /** 0 picks any free port. */
  port?: number
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Where unexpected server errors are reported; never stdout, which belongs to the announced URL. */
  log?: (line: string) => void
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
  let port = 0
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`coachbook: request failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!response.headersSent) sendText(response, 500, 'Internal error')
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
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST')
      return sendJson(response, 405, fail('INVALID_INPUT', 'Use POST for /api calls'))
    }
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
    if (mediaType !== 'application/json') {
      return sendJson(response, 415, fail('INVALID_INPUT', 'Send the request body as application/json'))
    }
    const body = await readBody(request, MAX_BODY_BYTES)
    if (body.kind === 'too-large') {
      response.setHeader('Connection', 'close')
      return sendJson(response, 413, fail('INVALID_INPUT', 'The request is too large'))
    }
    if (body.kind === 'aborted') return
    let input: unknown
    try {
      // An empty body means "no input", the same as calling `api.app.info()` without an argument.
      input = body.text.trim() === '' ? undefined : (JSON.parse(body.text) as unknown)
    } catch {
      return sendJson(response, 400, fail('INVALID_INPUT', 'The request body is not valid JSON'))
    }
    const parts = url.pathname.slice('/api/'.length).split('/')
    const channel = parts.length === 2 ? `${parts[0]}.${parts[1]}` : url.pathname
    const result = await options.invoke(channel, input)
    // A locked journal is the one refusal told in HTTP too (423 Locked), for anything reading the API.
    sendJson(response, !result.ok && result.error.code === 'LOCKED' ? 423 : 200, result)
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
      // The token moves into an HttpOnly cookie and out of the address bar (and the history).
      response.setHeader('Set-Cookie', tokenCookie(token))
      response.setHeader('Cache-Control', 'no-store')
      response.setHeader('Location', '/')
      response.statusCode = 302
      response.end()
      return
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

type Body = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'aborted' }

function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (value: Body) => {
      if (settled) return
      settled = true
      request.off('data', onData)
      resolve(value)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        settle({ kind: 'too-large' })
        return
      }
      chunks.push(chunk)
    }
    request.on('data', onData)
    request.on('end', () => settle({ kind: 'text', text: Buffer.concat(chunks).toString('utf8') }))
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
