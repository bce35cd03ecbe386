import { app, session, shell, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../shared/csp'
import { isAppRequest, isAppUrl, type AppLocation } from './appLocation'

/**
 * The Electron security checklist, applied to every web contents the app ever creates: no
 * navigation away from the app, no new windows (safe links go to the system browser), no
 * permissions, no request beyond the app's own files (the journal never leaves the machine, even
 * if a page were talked into asking), and the CSP of shared/csp.ts on every response as defence in
 * depth behind the app protocol's own header and the page's <meta> tag.
 */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

export function isSafeExternalUrl(raw: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(raw).protocol)
  } catch {
    return false
  }
}

export function hardenWebContents(contents: WebContents, location: AppLocation): void {
  const denyForeign = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppUrl(location, event.url)) event.preventDefault()
  }
  contents.on('will-navigate', denyForeign)
  contents.on('will-frame-navigate', denyForeign)
  contents.on('will-redirect', denyForeign)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url).catch(() => undefined)
    return { action: 'deny' }
  })
}

/** The dev server needs an inline React Refresh preamble and a websocket; production needs neither. */
export function contentSecurityPolicy(location: AppLocation): string {
  return location.devServerUrl === undefined ? CONTENT_SECURITY_POLICY : devContentSecurityPolicy(location.devServerUrl)
}

export function hardenSession(target: Session, location: AppLocation): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
  target.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppRequest(location, details.url) }))
  const policy = contentSecurityPolicy(location)
  target.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {}
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value
    }
    headers['Content-Security-Policy'] = [policy]
    callback({ responseHeaders: headers })
  })
}

/** Call once, after `app.whenReady()`, before the first window exists. */
export function installSecurity(location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location))
  hardenSession(session.defaultSession, location)
}
