import fs from 'node:fs'
import path from 'node:path'

/**
 * Which file of the built renderer a request names, for both faces that serve it: browser mode's
 * HTTP host (electron/web/static.ts) and the desktop app's `app://` protocol
 * (electron/main/appProtocol.ts). Only regular files inside the renderer folder are ever
 * answered: no `..`, no encoded separators, no NUL, and no symlink that leads outside.
 */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** The file a URL path names inside `root` (`/` is index.html), or undefined when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = path.resolve(root)
  const file = path.resolve(base, relative)
  return isInside(base, file) ? file : undefined
}

export type RendererFile = { file: string; size: number }

/**
 * The regular file a URL path names inside `root`, after following symlinks, or undefined. Works
 * inside an asar archive too (Electron patches these `fs` calls).
 */
export async function findRendererFile(root: string, urlPath: string): Promise<RendererFile | undefined> {
  const file = resolveStaticPath(root, urlPath)
  if (!file) return undefined
  try {
    const real = await fs.promises.realpath(file)
    if (!isInside(await fs.promises.realpath(root), real)) return undefined
    const stat = await fs.promises.stat(real)
    return stat.isFile() ? { file: real, size: stat.size } : undefined
  } catch {
    return undefined
  }
}

function isInside(base: string, file: string): boolean {
  const inside = path.relative(base, file)
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)
}
