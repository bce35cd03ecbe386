import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../../electron/web/server'
import { CONTENT_SECURITY_POLICY } from '../../../../shared/csp'
import { makeTempDataDir, openTempCore, type TempCore } from '../../../helpers/tempJournal'

/**
 * Browser mode against a real journal in a temporary folder, probed over real HTTP. Requests go
 * through http.request so the test controls every header (fetch forbids setting Host).
 */
type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string }
type Probe = { method?: string; path: string; headers?: Record<string, string>; body?: string }

let temp: TempCore
let host: WebHost
let rendererDir: string
let outside: string

function request(probe: Probe): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: probe.method ?? 'GET',
        path: probe.path,
        headers: { host: `127.0.0.1:${host.port}`, ...probe.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(probe.body)
  })
}

function api(path: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request({
    method: 'POST',
    path,
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  })
}

function json(reply: Reply): { ok: boolean; value?: unknown; error?: { code: string; message: string } } {
  return JSON.parse(reply.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } }
}

beforeAll(async () => {
  temp = openTempCore({ face: 'browser' })
  outside = makeTempDataDir('coachbook-web-')
  rendererDir = path.join(outside, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Coachbook</title><div id="root"></div>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-DhoGdlhx.js'), 'console.log("hashed")')
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'TOP-SECRET')
  host = await startWebHost({ invoke: temp.core.invoke, port: 0, rendererDir })
})

afterAll(async () => {
  await host.close()
  temp.cleanup()
  fs.rmSync(outside, { recursive: true, force: true })
})

describe('listening', () => {
  it('binds to 127.0.0.1 only and announces the tokened address', () => {
    const address = host.server.address() as AddressInfo
    expect(address.address).toBe('127.0.0.1')
    expect(address.port).toBe(host.port)
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
  })

  it('uses 32 random bytes, base64url, new per launch', async () => {
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const other = await startWebHost({ invoke: temp.core.invoke, port: 0, rendererDir })
    try {
      expect(other.token).not.toBe(host.token)
      expect(other.port).not.toBe(host.port)
    } finally {
      await other.close()
    }
  })
})

describe('the token', () => {
  it.each(['/api/reps/list', '/api/nope/nope', '/api', '/api/'])('no token: 401 on %s', async (url) => {
    const reply = await request({ method: 'POST', path: url, headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(reply.status).toBe(401)
    expect(json(reply).error?.code).toBe('UNAUTHORIZED')
  })

  it('a wrong token is 401', async () => {
    const wrongBearer = await api('/api/reps/list', {}, { authorization: `Bearer ${host.token.slice(0, -1)}x` })
    expect(wrongBearer.status).toBe(401)
  })

  it('a cookie, even one holding the right token, is not a session', async () => {
    for (const name of ['coachbook_token', `coachbook_token_${host.port}`, 'coachbook.session']) {
      const reply = await request({
        method: 'POST',
        path: '/api/reps/list',
        headers: { 'content-type': 'application/json', cookie: `${name}=${host.token}` },
        body: '{}',
      })
      expect(reply.status).toBe(401)
    }
  })

  it('the bearer token works', async () => {
    const created = await api('/api/reps/create', { name: 'Dana Ortiz' })
    expect(created.status).toBe(200)
    expect(json(created)).toMatchObject({ ok: true, value: { name: 'Dana Ortiz' } })
    const listed = await api('/api/reps/list', {})
    expect(json(listed)).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
  })

  it('GET /?token= with this launch’s token serves the page, uncached, and sets no cookie', async () => {
    const reply = await request({ path: `/?token=${host.token}` })
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<div id="root">')
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['set-cookie']).toBeUndefined()
  })

  it('a stale token in the address is 401 with a sentence, and no cookie', async () => {
    const reply = await request({ path: '/?token=stale' })
    expect(reply.status).toBe(401)
    expect(reply.body).toMatch(/no longer valid/)
    expect(reply.headers['set-cookie']).toBeUndefined()
  })
})

describe('Host and Origin', () => {
  it.each(['evil.example:PORT', `127.0.0.1:1`, 'localhost', 'evil.example'])('a foreign Host (%s) is refused', async (raw) => {
    const hostHeader = raw.replace('PORT', String(host.port))
    for (const url of ['/', '/api/reps/list']) {
      const reply = await request({
        method: url === '/' ? 'GET' : 'POST',
        path: url,
        headers: { host: hostHeader, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
        body: url === '/' ? undefined : '{}',
      })
      expect(reply.status).toBe(403)
    }
  })

  it('localhost:<port> is as good as 127.0.0.1:<port>', async () => {
    const reply = await api('/api/app/info', {}, { host: `localhost:${host.port}` })
    expect(reply.status).toBe(200)
  })

  it.each(['http://evil.example', 'null', 'https://127.0.0.1:PORT', 'http://127.0.0.1:1'])('a foreign Origin (%s) is refused', async (raw) => {
    const reply = await api('/api/reps/list', {}, { origin: raw.replace('PORT', String(host.port)) })
    expect(reply.status).toBe(403)
  })

  it('our own Origin is accepted', async () => {
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      expect((await api('/api/app/info', {}, { origin })).status).toBe(200)
    }
  })
})

describe('the API transport', () => {
  it('GET on /api is 405', async () => {
    const reply = await request({ path: '/api/reps/list', headers: { authorization: `Bearer ${host.token}` } })
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('POST')
  })

  it('a text/plain body is 415, and so is no content type', async () => {
    const plain = await api('/api/reps/list', {}, { 'content-type': 'text/plain' })
    expect(plain.status).toBe(415)
    const none = await request({
      method: 'POST',
      path: '/api/reps/list',
      headers: { authorization: `Bearer ${host.token}` },
      body: '{}',
    })
    expect(none.status).toBe(415)
  })

  it('application/json with a charset is fine', async () => {
    const reply = await api('/api/app/info', {}, { 'content-type': 'application/json; charset=utf-8' })
    expect(reply.status).toBe(200)
  })

  it('malformed JSON is 400', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/reps/create',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: '{"name": "Dana"',
    })
    expect(reply.status).toBe(400)
    expect(json(reply).error?.code).toBe('INVALID_INPUT')
  })

  /** Sends the head of a request declaring `declared` bytes and at most `send` of them; answers the status and body. */
  function declare(path: string, declared: number | null, send: number): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const headers: Record<string, string> = { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' }
      if (declared !== null) headers['content-length'] = String(declared)
      const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path, agent: false, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      })
      // The server may close the connection before all of it is sent: that is the point.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
      req.write(`{"text":"${'a'.repeat(Math.max(0, send - 11))}"}`)
      if (declared === null) req.end()
    })
  }

  it('a body declared larger than its operation accepts is 413 before any of it is read', async () => {
    const journal = await declare('/api/journal/import', 300 * 1024 * 1024, 9)
    expect(journal.status).toBe(413)
    expect(JSON.parse(journal.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/journal\.import accepts at most 256 MB/) as string } })
    // Small by default: an ordinary operation takes 64 KB, not the import's size.
    const small = await declare('/api/reps/create', 200 * 1024, 9)
    expect(small.status).toBe(413)
    expect(small.body).toMatch(/reps\.create accepts at most 64 KB/)
  })

  it('a body that streams past its limit without declaring a length is 413 too', async () => {
    const reply = await declare('/api/reps/list', null, 100 * 1024)
    expect(reply.status).toBe(413)
  })

  it('an import may send more than the default, and is answered', async () => {
    const reply = await api('/api/imports/csvPreview', { text: `Date,Rep\n${'2026-01-02,Dana\n'.repeat(8000)}` })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { rows: 8000 } })
  })

  it('a small import is answered while a large one is still arriving, and a large one waits its turn', async () => {
    const head = (declared: number | null) => {
      const headers: Record<string, string> = { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' }
      if (declared !== null) headers['content-length'] = String(declared)
      return { host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/imports/csvPreview', agent: false, headers }
    }
    const answered = (req: http.ClientRequest) =>
      new Promise<Reply>((resolve, reject) => {
        req.on('response', (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
        })
        req.on('error', reject)
      })
    const text = JSON.stringify({ text: `Date,Rep\n${'2026-01-02,Dana\n'.repeat(10_000)}` })
    const order: string[] = []
    // A large import holds the queue until the rest of its body arrives.
    const large = http.request(head(Buffer.byteLength(text)))
    const largeReply = answered(large).then((reply) => (order.push('large'), reply))
    large.write(text.slice(0, 1000))
    // A small one declared as such does not wait for it.
    const small = await api('/api/imports/csvPreview', { text: 'Date,Rep\n2026-01-02,Dana' })
    expect(small.status).toBe(200)
    expect(JSON.parse(small.body)).toMatchObject({ ok: true, value: { rows: 1 } })
    // One without a declared length (written in chunks) may be large: it waits behind the large one.
    const undeclared = http.request(head(null))
    const undeclaredReply = answered(undeclared).then((reply) => (order.push('undeclared'), reply))
    undeclared.write('{"text":"Date,Rep\\n')
    undeclared.end('2026-01-03,Lee"}')
    // A call sent after it comes back first: the undeclared one is still waiting.
    expect((await api('/api/app/info', {})).status).toBe(200)
    expect(order).toEqual([])
    large.end(text.slice(1000))
    expect(JSON.parse((await largeReply).body)).toMatchObject({ ok: true, value: { rows: 10_000 } })
    expect(JSON.parse((await undeclaredReply).body)).toMatchObject({ ok: true, value: { rows: 1 } })
    expect(order).toEqual(['large', 'undeclared'])
  })

  it('an unknown operation is a NOT_FOUND Result with status 200', async () => {
    for (const url of ['/api/nope/nope', '/api/reps/list/extra', '/api/reps', '/api/__proto__/constructor']) {
      const reply = await api(url, {})
      expect(reply.status).toBe(200)
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('invalid input and operation failures are Results with status 200', async () => {
    const invalid = await api('/api/reps/create', { name: 42 })
    expect(invalid.status).toBe(200)
    expect(json(invalid)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const missing = await api('/api/reps/get', { id: 'missing' })
    expect(missing.status).toBe(200)
    expect(json(missing)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('answers JSON that is never cached', async () => {
    const reply = await api('/api/app/info', {})
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-store')
  })
})

describe('reads sent together (/api/batch)', () => {
  it('answers each read as its own request would, in order, failures included', async () => {
    const dana = json(await api('/api/reps/create', { name: 'Dana Batch' })).value as { id: string }
    const calls = [
      { channel: 'reps.get', input: { id: dana.id } },
      { channel: 'settings.get', input: {} },
      { channel: 'reps.get', input: { id: 'nobody' } },
      { channel: 'reps.list', input: { includeArchived: 'yes' } },
    ]
    const reply = await api('/api/batch', { calls })
    expect(reply.status).toBe(200)
    const answer = json(reply)
    expect(answer.ok).toBe(true)
    const alone = await Promise.all(calls.map((call) => api(`/api/${call.channel.replace('.', '/')}`, call.input).then(json)))
    expect(answer.value).toEqual(alone)
    expect((alone[0]?.value as { name: string }).name).toBe('Dana Batch')
    expect(alone[2]?.error?.code).toBe('NOT_FOUND')
    expect(alone[3]?.error?.code).toBe('INVALID_INPUT')
  })

  it('refuses a batch holding an operation that writes, whole, and writes nothing', async () => {
    const before = json(await api('/api/reps/list', {})).value as unknown[]
    const reply = await api('/api/batch', { calls: [{ channel: 'reps.list', input: {} }, { channel: 'reps.create', input: { name: 'Sneaked In' } }] })
    expect(reply.status).toBe(400)
    expect(json(reply).error).toEqual({ code: 'INVALID_INPUT', message: 'Only reads can be sent together, not reps.create' })
    expect(json(await api('/api/reps/list', {})).value).toEqual(before)
  })

  it('refuses what is not a batch of 1 to 16 known reads', async () => {
    const refused = async (body: unknown) => {
      const reply = await api('/api/batch', body)
      return [reply.status, json(reply).error?.code]
    }
    expect(await refused({ calls: [] })).toEqual([400, 'INVALID_INPUT'])
    expect(await refused({ calls: Array.from({ length: 17 }, () => ({ channel: 'settings.get', input: {} })) })).toEqual([400, 'INVALID_INPUT'])
    expect(await refused({ calls: [{ channel: 'nothing.here', input: {} }] })).toEqual([400, 'INVALID_INPUT'])
    expect(await refused([{ channel: 'settings.get', input: {} }])).toEqual([400, 'INVALID_INPUT'])
    expect(await refused({ calls: [{ channel: 'settings.get', input: {}, extra: 1 }] })).toEqual([400, 'INVALID_INPUT'])
  })

  it('needs the token like every call', async () => {
    const reply = await api('/api/batch', { calls: [{ channel: 'settings.get', input: {} }] }, { authorization: 'Bearer wrong' })
    expect(reply.status).toBe(401)
  })
})

describe('static files', () => {
  it('serves index.html for / without caching, and assets with their types', async () => {
    const page = await request({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="root">')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toBe('no-store')
    const script = await request({ path: '/assets/app.js' })
    expect(script.headers['content-type']).toMatch(/^text\/javascript/)
    expect(script.body).toContain('console.log')
    const style = await request({ path: '/assets/app.css' })
    expect(style.headers['content-type']).toMatch(/^text\/css/)
    // Not named by its content: it may change under the same name, so it is asked for again.
    expect(script.headers['cache-control']).toBe('no-cache')
  })

  it('lets the browser keep an asset named by its content hash for good, and the page never', async () => {
    const hashed = await request({ path: '/assets/index-DhoGdlhx.js' })
    expect(hashed.status).toBe(200)
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await request({ path: '/index.html' })).headers['cache-control']).toBe('no-store')
  })

  it('answers HEAD without a body', async () => {
    const reply = await request({ method: 'HEAD', path: '/' })
    expect(reply.status).toBe(200)
    expect(reply.body).toBe('')
  })

  it('refuses other methods on pages', async () => {
    expect((await request({ method: 'POST', path: '/', body: 'x' })).status).toBe(405)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00/../secret.txt',
    '/../package.json',
  ])('does not leak files outside the renderer: %s', async (url) => {
    const reply = await request({ path: url })
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('TOP-SECRET')
    expect(reply.body).not.toContain('"name"')
  })

  it('a folder is not a file', async () => {
    expect((await request({ path: '/assets' })).status).toBe(404)
  })
})

describe('security headers', () => {
  it.each([
    ['the page', { path: '/' }],
    ['a 404', { path: '/nope.js' }],
    ['a 401', { method: 'POST', path: '/api/reps/list', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['a 403', { path: '/', headers: { host: 'evil.example' } }],
    ['an API answer', { method: 'POST', path: '/api/app/info', headers: { 'content-type': 'application/json', authorization: 'Bearer PLACEHOLDER' }, body: '{}' }],
  ] as [string, Probe][])('are on %s', async (_label, probe) => {
    const headers = { ...probe.headers }
    if (headers.authorization) headers.authorization = `Bearer ${host.token}`
    const reply = await request({ ...probe, headers })
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['referrer-policy']).toBe('no-referrer')
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin')
  })

  it('the CSP is the strict one', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    )
  })
})

describe('closing', () => {
  it('stops listening', async () => {
    const other = await startWebHost({ invoke: temp.core.invoke, port: 0, rendererDir })
    const port = other.port
    await other.close()
    await expect(
      new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/', agent: false }, resolve)
        req.on('error', reject)
        req.end()
      }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
