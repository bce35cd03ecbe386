import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_SCHEME_PRIVILEGES, appResponse, installAppProtocol, registerAppScheme } from '../../../../electron/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../../../shared/csp'
import { protocol, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

/** A built renderer in a temporary folder, with a secret beside it and a symlink leading out. */
let root: string
let rendererDir: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-protocol-'))
  rendererDir = path.join(root, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app")')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'font.woff2'), 'wOF2')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'TOP-SECRET')
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.js'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
beforeEach(resetElectronMock)

const get = (url: string, method = 'GET') => appResponse(rendererDir, { url, method })

describe('the app:// scheme', () => {
  it('is registered before ready as standard and secure, with fetch and the code cache', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ])
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP')
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled')
  })

  it('is answered from the renderer folder once installed, and removed again', async () => {
    const uninstall = installAppProtocol(rendererDir)
    const handler = protocol.handlers.get('app')
    if (!handler) throw new Error('no app:// handler')
    const reply = await handler(new Request('app://coachbook/index.html'))
    expect(await reply.text()).toContain('<div id="root">')
    uninstall()
    expect(protocol.unhandle).toHaveBeenCalledExactlyOnceWith('app')
  })
})

describe('answers', () => {
  it('serve the page and its assets with their MIME types and the one CSP', async () => {
    const page = await get('app://coachbook/index.html#/calls')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain('<div id="root">')
    const types = await Promise.all(
      ['assets/index-abc.js', 'assets/index-abc.css', 'assets/font.woff2'].map(async (file) => (await get(`app://coachbook/${file}`)).headers.get('content-type')),
    )
    expect(types).toEqual(['text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'font/woff2'])
  })

  it('answer HEAD without a body', async () => {
    const reply = await get('app://coachbook/assets/index-abc.js', 'HEAD')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-length')).toBe(String('console.log("app")'.length))
    expect(await reply.text()).toBe('')
  })

  it('refuse other methods', async () => {
    const reply = await get('app://coachbook/index.html', 'POST')
    expect(reply.status).toBe(405)
    expect(reply.headers.get('allow')).toBe('GET, HEAD')
  })

  it('refuse other hosts of the scheme', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404)
  })

  it.each([
    'app://coachbook/../secret.txt',
    'app://coachbook/assets/../../secret.txt',
    'app://coachbook/%2e%2e/secret.txt',
    'app://coachbook/..%2fsecret.txt',
    'app://coachbook/%2e%2e%2fsecret.txt',
    'app://coachbook/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://coachbook/..%5csecret.txt',
    'app://coachbook/%00/../secret.txt',
    'app://coachbook/assets/link.js',
    'app://coachbook/assets',
    'app://coachbook/missing.js',
  ])('never leak a file outside the renderer, a folder or a missing file: %s', async (url) => {
    const reply = await get(url)
    expect(reply.status).toBe(404)
    expect(await reply.text()).not.toContain('TOP-SECRET')
  })
})
