import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { findRendererFile, mimeType } from '../core/rendererFiles'

/**
 * Serves the built renderer, and only it: which file a path may name is decided below the faces
 * (electron/core/rendererFiles.ts), the same rule the desktop app's `app://` protocol follows.
 */
export type StaticOutcome = 'sent' | 'not-found'

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
  // The page must always be fresh (its asset names change per build); assets may revalidate.
  response.setHeader('Cache-Control', type.startsWith('text/html') ? 'no-store' : 'no-cache')
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
