import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appLocation, isAppUrl, pageUrl } from '../../../../electron/main/appLocation'

const outMainDir = path.resolve('/opt/coachbook/out/main')
const built = appLocation({ outMainDir })
const dev = appLocation({ outMainDir, devServerUrl: 'http://localhost:5173/' })
const page = 'app://coachbook/index.html'

describe('appLocation', () => {
  it('finds the renderer folder and the CommonJS preload beside out/main', () => {
    expect(built.rendererDir).toBe(path.resolve('/opt/coachbook/out/renderer'))
    expect(built.preloadFile).toBe(path.resolve('/opt/coachbook/out/preload/index.cjs'))
    expect(built.devServerUrl).toBeUndefined()
  })

  it('addresses screens on the app protocol, or on the dev server in development', () => {
    expect(pageUrl(built)).toBe(page)
    expect(pageUrl(built, '/print/debrief/c1')).toBe(`${page}#/print/debrief/c1`)
    expect(pageUrl(dev)).toBe('http://localhost:5173/')
    expect(pageUrl(dev, '/print/rep/r1?from=2026-01-01&to=2026-01-31')).toBe('http://localhost:5173/#/print/rep/r1?from=2026-01-01&to=2026-01-31')
  })
})

describe('isAppUrl', () => {
  it('accepts the app page on app://coachbook, with any hash route or query', () => {
    expect(isAppUrl(built, page)).toBe(true)
    expect(isAppUrl(built, `${page}#/print/debrief/c1`)).toBe(true)
    expect(isAppUrl(built, `${page}?q=disc#/search`)).toBe(true)
  })

  it('refuses file:// (even the renderer file itself), other hosts and paths, remote pages and odd schemes', () => {
    expect(isAppUrl(built, pathToFileURL(path.join(built.rendererDir, 'index.html')).href)).toBe(false)
    expect(isAppUrl(built, pathToFileURL(path.resolve('/etc/passwd')).href)).toBe(false)
    expect(isAppUrl(built, 'app://coachbook/other.html')).toBe(false)
    expect(isAppUrl(built, 'app://coachbook/assets/index.js')).toBe(false)
    expect(isAppUrl(built, 'app://evil/index.html')).toBe(false)
    expect(isAppUrl(built, 'app://coachbook.evil.example/index.html')).toBe(false)
    expect(isAppUrl(built, 'app://user:pass@coachbook/index.html')).toBe(false)
    expect(isAppUrl(built, 'apps://coachbook/index.html')).toBe(false)
    expect(isAppUrl(built, 'https://coachbook/index.html')).toBe(false)
    expect(isAppUrl(built, 'https://evil.example/')).toBe(false)
    expect(isAppUrl(built, 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl(built, 'javascript:alert(1)')).toBe(false)
    expect(isAppUrl(built, 'about:blank')).toBe(false)
    expect(isAppUrl(built, 'not a url')).toBe(false)
  })

  it('in development also accepts the dev server origin, and only it', () => {
    expect(isAppUrl(dev, 'http://localhost:5173/#/calls')).toBe(true)
    expect(isAppUrl(dev, page)).toBe(true)
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false)
    expect(isAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false)
    expect(isAppUrl(dev, 'https://evil.example/')).toBe(false)
  })
})
