/**
 * The app's Content-Security-Policy, defined once. Every way the renderer reaches a screen
 * applies it: the Electron app protocol's responses (electron/main/appProtocol.ts), browser mode's
 * responses (electron/web/headers.ts) and the built index.html's <meta> tag (written by the build,
 * electron.vite.config.ts), so a page opened any of these ways runs under the same rules.
 *
 * No remote content, ever: the journal is private and works offline. Inline styles stay allowed
 * because React and the chart library set `style` attributes; inline scripts never are.
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>

export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
}

/**
 * Directives a <meta> policy may not carry (CSP 3, "delivery via meta"): browsers ignore them
 * there and warn in the console, so the tag leaves them to the response header.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox']

export function formatCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** The policy as a response header. */
export const CONTENT_SECURITY_POLICY = formatCsp(CSP_DIRECTIVES)

/** The same policy as the built page's <meta http-equiv="Content-Security-Policy"> carries it. */
export const META_CONTENT_SECURITY_POLICY = formatCsp(
  Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name))),
)

/**
 * Development only (`electron-vite dev`): the dev server injects an inline React Refresh
 * preamble and talks to the page over a websocket. Never used for a built app.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  // The host part of `http://localhost:5173/` (shared/ has no URL class: it runs everywhere).
  const host = devServerOrigin.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')
  return formatCsp({
    ...CSP_DIRECTIVES,
    'script-src': [...(CSP_DIRECTIVES['script-src'] ?? []), "'unsafe-inline'"],
    'connect-src': [...(CSP_DIRECTIVES['connect-src'] ?? []), `ws://${host}`],
  })
}

/** The <meta> tag the build writes into index.html's <head>. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`
}
