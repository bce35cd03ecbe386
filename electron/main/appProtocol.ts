import fs from 'node:fs'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { findRendererFile, mimeType } from '../core/rendererFiles'
import { APP_HOST, APP_SCHEME } from './appLocation'

/**
 * The desktop app's pages come from `app://coachbook/…`, not `file://`: a standard, secure scheme
 * gives the page a real origin of its own (so `'self'` in the CSP means exactly the app, and no
 * other file on disk shares it), and only files inside the built renderer folder are ever served.
 * `grantFileProtocolExtraPrivileges` is fused off at packaging (electron-builder.yml), so
 * `file://` has no special powers left to lean on.
 */
export const APP_SCHEME_PRIVILEGES = {
  // Relative URLs, an origin of its own, and what 'self' in the CSP matches.
  standard: true,
  // Treated like https: module scripts, secure-context APIs.
  secure: true,
  // Lets Chromium fetch() from the scheme (module scripts and dynamic import() go through it).
  supportFetchAPI: true,
  // V8 keeps compiled code between launches, as it would for http(s).
  codeCache: true,
} as const

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])
}

/** After `app.whenReady()`: answers `app://coachbook/…` from `rendererDir` on the default session. */
export function installAppProtocol(rendererDir: string): () => void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request))
  return () => protocol.unhandle(APP_SCHEME)
}

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

export async function appResponse(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return text(405, 'Method not allowed', { Allow: 'GET, HEAD' })
  }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return text(400, 'Bad request')
  }
  if (url.host !== APP_HOST) return text(404, 'Not found')
  const found = await findRendererFile(rendererDir, url.pathname)
  if (!found) return text(404, 'Not found')
  const type = mimeType(found.file)
  const headers = {
    ...PAGE_HEADERS,
    'Content-Type': type,
    'Content-Length': String(found.size),
    // The page must always be fresh (its asset names change per build); assets may revalidate.
    'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache',
  }
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
  return new Response(await fs.promises.readFile(found.file), { status: 200, headers })
}

function text(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...PAGE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } })
}
