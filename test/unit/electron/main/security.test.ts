import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import { appLocation } from '../../../../electron/main/appLocation'
import {
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  installSecurity,
} from '../../../../electron/main/security'
import { CONTENT_SECURITY_POLICY } from '../../../../shared/csp'
import { app, FakeSession, FakeWebContents, resetElectronMock, session, shell } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

const location = appLocation({ outMainDir: path.resolve('/opt/coachbook/out/main') })
const appUrl = 'app://coachbook/index.html'
const rendererFileUrl = pathToFileURL(path.join(location.rendererDir, 'index.html')).href

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents()
  hardenWebContents(contents as unknown as WebContents, location)
  return contents
}

beforeEach(resetElectronMock)

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to a foreign page is prevented', (event) => {
    const contents = hardened()
    for (const url of ['https://evil.example/', 'file:///etc/passwd', rendererFileUrl, 'app://coachbook/other.html', 'http://localhost:5173/']) {
      const navigation = navigationEvent(url)
      contents.emit(event, navigation)
      expect(navigation.preventDefault).toHaveBeenCalledTimes(1)
    }
  })

  it("navigation within the app's own page is allowed", () => {
    const contents = hardened()
    const navigation = navigationEvent(`${appUrl}#/reps`)
    contents.emit('will-navigate', navigation)
    expect(navigation.preventDefault).not.toHaveBeenCalled()
  })

  it('webviews are never attached', () => {
    const contents = hardened()
    const attach = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })
})

describe('window.open', () => {
  it('is always denied; http, https and mailto links go to the system browser', () => {
    const contents = hardened()
    const open = contents.windowOpenHandler
    if (!open) throw new Error('no window open handler')
    for (const url of ['https://example.com/a', 'http://example.com/', 'mailto:dana@example.com']) {
      expect(open({ url })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.com/a',
      'http://example.com/',
      'mailto:dana@example.com',
    ])
  })

  it('a middle-click on a link opens no window of the app', () => {
    // What Electronegativity's AUXCLICK check guards against (scripts/audit/falsePositives.mjs):
    // Chromium turns a middle-click into a request for a new background tab.
    const contents = hardened()
    const open = contents.windowOpenHandler as unknown as (details: { url: string; disposition: string }) => unknown
    expect(open({ url: 'https://example.com/deal', disposition: 'background-tab' })).toEqual({ action: 'deny' })
    expect(open({ url: `${appUrl}#/calls`, disposition: 'background-tab' })).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://example.com/deal'])
  })

  it('other schemes are denied and not opened anywhere', () => {
    const contents = hardened()
    const open = contents.windowOpenHandler
    if (!open) throw new Error('no window open handler')
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', appUrl, 'nonsense']) {
      expect(open({ url })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).not.toHaveBeenCalled()
  })
})

describe('session', () => {
  function hardenedSession(): FakeSession {
    const fake = new FakeSession()
    hardenSession(fake as unknown as Session, location)
    return fake
  }

  it('denies every permission request and check', () => {
    const fake = hardenedSession()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      fake.permissionRequestHandler?.({}, permission, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(fake.permissionCheckHandler?.({}, permission)).toBe(false)
    }
  })

  it('puts the strict CSP on every response, replacing any other', () => {
    const fake = hardenedSession()
    const callback = vi.fn()
    fake.headersListener?.(
      { responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['kept'] } },
      callback,
    )
    const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(headers['content-security-policy']).toBeUndefined()
    expect(headers['X-Other']).toEqual(['kept'])
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })

  it('relaxes the policy only for the dev server', () => {
    const dev = appLocation({ outMainDir: '/x/out/main', devServerUrl: 'http://localhost:5173' })
    expect(contentSecurityPolicy(location)).toBe(CONTENT_SECURITY_POLICY)
    expect(contentSecurityPolicy(dev)).toContain('ws://localhost:5173')
    expect(contentSecurityPolicy(location)).toMatch(/(^|; )script-src 'self'(;|$)/)
    expect(contentSecurityPolicy(dev)).toContain("script-src 'self' 'unsafe-inline'")
  })
})

describe('requests', () => {
  /** What the hardened session answers for a request to `url`: true when it is cancelled. */
  function cancelled(target: typeof location, url: string): boolean {
    const fake = new FakeSession()
    hardenSession(fake as unknown as Session, target)
    let answer: { cancel?: boolean } | undefined
    fake.requestListener?.({ url }, (response) => (answer = response))
    if (!answer) throw new Error('the request was never answered')
    return answer.cancel === true
  }

  it("lets the app's own files, in-page data and the developer tools through", () => {
    const allowed = [
      'app://coachbook/index.html',
      'app://coachbook/assets/index-abc.js',
      'app://coachbook/fonts/a.woff2',
      'data:image/png;base64,AA',
      'blob:app://coachbook/1234',
      'devtools://devtools/bundled/inspector.html',
    ]
    for (const url of allowed) {
      expect(cancelled(location, url), url).toBe(false)
    }
  })

  it('cancels every request that would leave the app, whatever the page asks', () => {
    const foreign = [
      'https://evil.example/collect?q=fear',
      'http://127.0.0.1:4173/api/reps/list',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      rendererFileUrl,
      'app://other/index.html',
      'app://user@coachbook/index.html',
      'not a url',
    ]
    for (const url of foreign) {
      expect(cancelled(location, url), url).toBe(true)
    }
  })

  it("lets the dev server's scripts and socket through in development only", () => {
    const dev = appLocation({ outMainDir: '/x/out/main', devServerUrl: 'http://localhost:5173' })
    expect(cancelled(dev, 'http://localhost:5173/src/main.tsx')).toBe(false)
    expect(cancelled(dev, 'ws://localhost:5173/')).toBe(false)
    expect(cancelled(dev, 'http://localhost:5174/')).toBe(true)
    expect(cancelled(location, 'http://localhost:5173/src/main.tsx')).toBe(true)
  })
})

describe('installSecurity', () => {
  it('hardens the default session and every web contents created later', () => {
    installSecurity(location)
    const fake = session.defaultSession
    expect(fake.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(fake.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    expect(fake.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1)
    expect(fake.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1)
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    const navigation = navigationEvent('https://evil.example/')
    contents.emit('will-navigate', navigation)
    expect(navigation.preventDefault).toHaveBeenCalled()
  })
})
