import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Serves the built renderer, and only it: the decoded path must stay inside the renderer folder
 * (no `..`, no encoded separators, no NUL), and only regular files are sent.
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

/** The file a URL path names inside `root`, or undefined when it would leave it. */
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
  const inside = path.relative(base, file)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined
  return file
}

export type StaticOutcome = 'sent' | 'not-found'

export async function serveStatic(
  root: string,
  urlPath: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<StaticOutcome> {
  const file = resolveStaticPath(root, urlPath)
  if (!file) return 'not-found'
  let real: string
  let stat: fs.Stats
  try {
    // realpath: a symlink inside the folder must not lead outside it either.
    real = await fs.promises.realpath(file)
    const realRoot = await fs.promises.realpath(root)
    const inside = path.relative(realRoot, real)
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return 'not-found'
    stat = await fs.promises.stat(real)
  } catch {
    return 'not-found'
  }
  if (!stat.isFile()) return 'not-found'
  const type = mimeType(file)
  response.statusCode = 200
  response.setHeader('Content-Type', type)
  response.setHeader('Content-Length', stat.size)
  // The page must always be fresh (its asset names change per build); assets may revalidate.
  response.setHeader('Cache-Control', type.startsWith('text/html') ? 'no-store' : 'no-cache')
  if (request.method === 'HEAD') {
    response.end()
    return 'sent'
  }
  await new Promise<void>((resolve) => {
    const stream = fs.createReadStream(real)
    stream.on('error', () => {
      response.destroy()
      resolve()
    })
    response.on('close', () => {
      stream.destroy()
      resolve()
    })
    stream.pipe(response)
  })
  return 'sent'
}
