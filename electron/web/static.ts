import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { findRendererFile, mimeType } from '../core/rendererFiles'

/**
 * Serves the built renderer, and only it: which file a path may name is decided below the faces
 * (electron/core/rendererFiles.ts), the same rule the desktop app's `app://` protocol follows.
 */
export type StaticOutcome = 'sent' | 'not-found'

/** `name-<8-character content hash>.ext` in the build's assets folder: what Vite names every asset. */
const CONTENT_HASHED = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/

/**
 * The page must always be fresh: it names the build's assets. An asset whose name carries its
 * content's hash never changes under that name, so the browser may keep it for good, and with it
 * the code V8 compiled from it: a tab opened on the journal again skips compiling the app's
 * scripts (Chromium keeps compiled code beside a cached script, not beside one it must fetch again;
 * without validators `no-cache` meant fetching every script whole at every opening). Nothing of
 * the journal is in these files; the API's answers stay `no-store`.
 */
export function cacheControlOf(file: string, type: string): string {
  if (type.startsWith('text/html')) return 'no-store'
  return CONTENT_HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

export async function serveStatic(
  root: string,
  urlPath: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<StaticOutcome> {
  const found = await findRendererFile(root, urlPath)
  if (!found) return 'not-found'
  const type = mimeType(found.file)
  response.statusCode = 200
  response.setHeader('Content-Type', type)
  response.setHeader('Content-Length', found.size)
  response.setHeader('Cache-Control', cacheControlOf(found.file, type))
  if (request.method === 'HEAD') {
    response.end()
    return 'sent'
  }
  await new Promise<void>((resolve) => {
    const stream = fs.createReadStream(found.file)
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
