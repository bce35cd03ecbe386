import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appLocation, isAppUrl } from '../../../../electron/main/appLocation'

const outMainDir = path.resolve('/opt/coachbook/out/main')
const built = appLocation({ outMainDir })
const dev = appLocation({ outMainDir, devServerUrl: 'http://localhost:5173/' })
const indexUrl = pathToFileURL(path.resolve('/opt/coachbook/out/renderer/index.html')).href

describe('appLocation', () => {
  it('finds the renderer and the CommonJS preload beside out/main', () => {
    expect(built.indexFile).toBe(path.resolve('/opt/coachbook/out/renderer/index.html'))
    expect(built.preloadFile).toBe(path.resolve('/opt/coachbook/out/preload/index.cjs'))
    expect(built.devServerUrl).toBeUndefined()
  })
})

describe('isAppUrl', () => {
  it('accepts the renderer file, with any hash route or query', () => {
    expect(isAppUrl(built, indexUrl)).toBe(true)
    expect(isAppUrl(built, `${indexUrl}#/print/debrief/c1`)).toBe(true)
    expect(isAppUrl(built, `${indexUrl}?x=1`)).toBe(true)
  })

  it('refuses other files, remote pages and odd schemes', () => {
    const other = pathToFileURL(path.resolve('/opt/coachbook/out/renderer/other.html')).href
    expect(isAppUrl(built, other)).toBe(false)
    expect(isAppUrl(built, pathToFileURL(path.resolve('/etc/passwd')).href)).toBe(false)
    expect(isAppUrl(built, 'file://evil.example/opt/coachbook/out/renderer/index.html')).toBe(false)
    expect(isAppUrl(built, 'https://evil.example/')).toBe(false)
    expect(isAppUrl(built, 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl(built, 'javascript:alert(1)')).toBe(false)
    expect(isAppUrl(built, 'about:blank')).toBe(false)
    expect(isAppUrl(built, 'not a url')).toBe(false)
  })

  it('in development also accepts the dev server origin, and only it', () => {
    expect(isAppUrl(dev, 'http://localhost:5173/#/calls')).toBe(true)
    expect(isAppUrl(dev, indexUrl)).toBe(true)
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false)
    expect(isAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false)
    expect(isAppUrl(dev, 'https://evil.example/')).toBe(false)
  })
})
