import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Who may talk to browser mode: whoever holds this launch's token, sent as `Authorization: Bearer`,
 * through a page served as 127.0.0.1 or localhost on our own port.
 *
 * No cookie carries it. A cookie is not bound to a port: every other server on 127.0.0.1 would
 * receive it on a plain visit, and a second Coachbook would overwrite it. The page keeps the
 * token in its origin's storage instead (renderer/src/api/transports/session.ts), which the
 * browser keeps apart per scheme, host and port (docs/limits.md, "The browser-mode token").
 */

/** 32 random bytes, base64url: new for every launch, never written to disk. */
export function createToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Constant time in the content and the length (both sides are hashed to 32 bytes first). */
export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined || given === '') return false
  const a = createHash('sha256').update(expected).digest()
  const b = createHash('sha256').update(given).digest()
  return timingSafeEqual(a, b)
}

/** The token from `Authorization: Bearer …`; a cookie, whatever its name, is never read. */
export function presentedToken(request: IncomingMessage): string | undefined {
  const authorization = request.headers.authorization
  if (authorization === undefined) return undefined
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1]
}

export function isAuthorized(request: IncomingMessage, token: string): boolean {
  return tokensMatch(token, presentedToken(request))
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** Refuses DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase())
}

/** An Origin header, when a browser sends one, must be ours; absent (curl, same-origin GET) is fine. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)
}
