import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createChangeHub } from '../../../../electron/web/events'
import { startWebHost, type WebHost } from '../../../../electron/web/server'
import type { Invoke } from '../../../../shared/invoke'
import { changeOf, type JournalChange } from '../../../../shared/journalEvents'
import { makeTempDataDir } from '../../../helpers/tempJournal'

/**
 * Browser mode's stream of journal changes (GET /api/events), over real HTTP. The core is stood
 * in for by an Invoke that announces a change for every write, as the core host does.
 */
let host: WebHost
let dir: string
const hub = createChangeHub()
const origins: Array<string | undefined> = []
const invoke: Invoke = (channel, _input, origin) => {
  origins.push(origin)
  hub.publish(changeOf(channel, origin))
  return Promise.resolve({ ok: true, value: null })
}

beforeAll(async () => {
  dir = makeTempDataDir('coachbook-events-')
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Coachbook</title>')
  host = await startWebHost({ invoke, port: 0, rendererDir: dir, changes: hub })
})

afterAll(async () => {
  await host.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

type Stream = { status: number; headers: http.IncomingHttpHeaders; text: () => string; close: () => void }

/** Opens the stream and keeps reading it until closed. */
function openStream(query = '', headers: Record<string, string> = { authorization: `Bearer ${host.token}` }): Promise<Stream> {
  return new Promise((resolve, reject) => {
    let received = ''
    const req = http.get(
      { host: '127.0.0.1', port: host.port, path: `/api/events${query}`, headers: { host: `127.0.0.1:${host.port}`, ...headers }, agent: false },
      (res) => {
        res.on('data', (chunk: Buffer) => (received += chunk.toString()))
        res.on('error', () => undefined)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: () => received, close: () => req.destroy() })
      },
    )
    req.on('error', reject)
  })
}

function post(channel: string, client?: string): Promise<number> {
  const [ns, method] = channel.split('.')
  return postTo(`/api/${ns}/${method}`, client)
}

function postTo(urlPath: string, client?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: urlPath,
        headers: {
          host: `127.0.0.1:${host.port}`,
          authorization: `Bearer ${host.token}`,
          'content-type': 'application/json',
          ...(client ? { 'x-coachbook-client': client } : {}),
        },
        agent: false,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end('{}')
  })
}

const events = (text: string): JournalChange[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice('data: '.length)) as JournalChange)

describe('GET /api/events', () => {
  it('needs the session like every /api call', async () => {
    const stream = await openStream('', {})
    expect(stream.status).toBe(401)
    stream.close()
  })

  it('streams every change made by someone else, without saying who, and not the tab\'s own', async () => {
    const mine = await openStream('?client=tab-aaaaaaaa')
    const theirs = await openStream('?client=tab-bbbbbbbb')
    try {
      expect(mine.status).toBe(200)
      expect(mine.headers['content-type']).toBe('text/event-stream; charset=utf-8')
      expect(mine.headers['cache-control']).toBe('no-store')
      await vi.waitFor(() => expect(mine.text()).toContain(': connected'))
      expect(await post('debriefs.save', 'tab-aaaaaaaa')).toBe(200)
      expect(await post('settings.update', 'tab-bbbbbbbb')).toBe(200)
      await vi.waitFor(() => expect(events(theirs.text())).toHaveLength(1))
      await vi.waitFor(() => expect(events(mine.text())).toHaveLength(1))
      expect(events(mine.text())).toEqual([{ type: 'changed', scope: 'settings', channel: 'settings.update' }])
      expect(events(theirs.text())).toEqual([{ type: 'changed', scope: 'journal', channel: 'debriefs.save' }])
      expect(mine.text()).toMatch(/^retry: \d+$/m)
    } finally {
      mine.close()
      theirs.close()
    }
  })

  it('passes the tab named by the request on to the core, and ignores an implausible name', async () => {
    origins.length = 0
    await post('reps.create', 'tab-cccccccc')
    await post('reps.create', 'no spaces allowed')
    await post('reps.create')
    expect(origins).toEqual(['tab-cccccccc', undefined, undefined])
  })

  it('is read with GET only', async () => {
    expect(await postTo('/api/events')).toBe(405)
  })
})
