import path from 'node:path'

/**
 * Where the app's own pages come from: the built renderer, served under the privileged
 * `app://coachbook/` scheme (appProtocol.ts), or electron-vite's dev server in development.
 * Navigation, window opening, IPC and printing are all judged against this one answer.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'coachbook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The renderer's one document; every screen is a hash route of it (`#/calls/c1`, `#/print/…`). */
export const APP_PAGE_PATH = '/index.html'

export type AppLocation = {
  /** out/renderer, beside out/main where this module is bundled: the only folder `app://` serves. */
  rendererDir: string
  /** out/preload/index.cjs: CommonJS because the renderer is sandboxed. */
  preloadFile: string
  /** Set only in development (`electron-vite dev`), never in a packaged app. */
  devServerUrl: string | undefined
}

export function appLocation(options: { outMainDir: string; devServerUrl?: string | undefined }): AppLocation {
  return {
    rendererDir: path.join(options.outMainDir, '..', 'renderer'),
    preloadFile: path.join(options.outMainDir, '..', 'preload', 'index.cjs'),
    devServerUrl: options.devServerUrl || undefined,
  }
}

/** The address of a screen (`/` for Home, a print route for a print view). */
export function pageUrl(location: AppLocation, route = '/'): string {
  const base = location.devServerUrl ?? `${APP_ORIGIN}${APP_PAGE_PATH}`
  return route === '/' ? base : `${base.replace(/#.*$/, '')}#${route}`
}

/**
 * True for the renderer's own document (any hash or query) and, in development, for pages of the
 * dev server's origin. Everything else is foreign, `file://` included.
 */
export function isAppUrl(location: AppLocation, candidate: string): boolean {
  const url = safeUrl(candidate)
  if (!url) return false
  if (location.devServerUrl !== undefined) {
    const dev = safeUrl(location.devServerUrl)
    if (dev && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === dev.origin) return true
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === APP_PAGE_PATH
  )
}

/**
 * True for anything the app's pages may fetch: its own files under `app://coachbook/`, in
 * development the dev server's origin (its scripts and its hot-reload socket), and data held in
 * the page itself (data:, blob:) or by the developer tools. Everything else stays off the network.
 */
export function isAppRequest(location: AppLocation, candidate: string): boolean {
  const url = safeUrl(candidate)
  if (!url) return false
  if (LOCAL_PROTOCOLS.has(url.protocol)) return true
  if (location.devServerUrl !== undefined) {
    const dev = safeUrl(location.devServerUrl)
    if (dev && url.host === dev.host && DEV_SERVER_PROTOCOLS.has(url.protocol)) return true
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
}

const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'devtools:'])
const DEV_SERVER_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:'])

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw)
  } catch {
    return undefined
  }
}
