import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the app's own pages come from: the built renderer file, or electron-vite's dev server.
 * Navigation, window opening and IPC are all judged against this one answer.
 */
export type AppLocation = {
  /** out/renderer/index.html, beside out/main where this module is bundled. */
  indexFile: string
  /** out/preload/index.cjs: CommonJS because the renderer is sandboxed. */
  preloadFile: string
  /** Set only in development (`electron-vite dev`), never in a packaged app. */
  devServerUrl: string | undefined
}

export function appLocation(options: { outMainDir: string; devServerUrl?: string | undefined }): AppLocation {
  return {
    indexFile: path.join(options.outMainDir, '..', 'renderer', 'index.html'),
    preloadFile: path.join(options.outMainDir, '..', 'preload', 'index.cjs'),
    devServerUrl: options.devServerUrl || undefined,
  }
}

/**
 * True for the renderer's own document (any hash or query: print routes are `#/print/…`) and,
 * in development, for pages of the dev server's origin. Everything else is foreign.
 */
export function isAppUrl(location: AppLocation, candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (location.devServerUrl !== undefined) {
    const dev = safeUrl(location.devServerUrl)
    if (dev && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === dev.origin) return true
  }
  if (url.protocol !== 'file:' || url.host !== '') return false
  let file: string
  try {
    file = fileURLToPath(url)
  } catch {
    return false
  }
  return samePath(file, location.indexFile)
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw)
  } catch {
    return undefined
  }
}

function samePath(a: string, b: string): boolean {
  const left = path.resolve(a)
  const right = path.resolve(b)
  // Windows and macOS file systems are case-insensitive by default; Chromium may change the case.
  return process.platform === 'linux' ? left === right : left.toLowerCase() === right.toLowerCase()
}
