import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Who may talk to browser mode: whoever holds this launch's token (from the announced URL, then
 * an HttpOnly cookie), through a page served as 127.0.0.1 or localhost on our own port.
 */
export const TOKEN_COOKIE = 'coachbook_token'

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

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index < 0) continue
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim()
  }
  return undefined
}

/** The token from `Authorization: Bearer …` or, failing that, the cookie. */
export function presentedToken(request: IncomingMessage): string | undefined {
  const authorization = request.headers.authorization
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    return match?.[1]
  }
  return readCookie(request.headers.cookie, TOKEN_COOKIE)
}

export function isAuthorized(request: IncomingMessage, token: string): boolean {
  return tokensMatch(token, presentedToken(request))
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
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
