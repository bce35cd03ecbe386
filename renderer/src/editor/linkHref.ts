import { isSafeHref } from '../../../shared/richTextBasics'

const SCHEME = /^([a-z][a-z0-9+.-]*):(.*)$/is
const LOOKS_LIKE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/

/**
 * What someone typed into the link box, as a link the stored format accepts: `example.com` becomes
 * `https://example.com`, `ana@example.com` becomes `mailto:ana@example.com`. Returns '' for an
 * empty box (remove the link) and null for anything that is not an http, https or mailto address.
 */
export function normalizeLinkInput(raw: string): string | null {
  const text = raw.trim()
  if (text === '') return ''
  const href = withScheme(text)
  return isSafeHref(href) ? href : null
}

/**
 * The editor's link check: only http, https and mailto, and a bare `www.example.com` or e-mail
 * address only because the editor links it with the scheme added (autolink stores `link.href`).
 */
export function isAllowedLinkUri(url: string): boolean {
  return isSafeHref(url) || (!hasScheme(url) && isSafeHref(withScheme(url)))
}

/** Link text for an address typed with nothing selected: the address without `mailto:`. */
export function linkLabel(href: string): string {
  return href.toLowerCase().startsWith('mailto:') ? href.slice('mailto:'.length) : href
}

/** `example.com:8080/x` starts like a scheme but is a host and port. */
function hasScheme(text: string): boolean {
  const match = SCHEME.exec(text)
  if (!match) return false
  const scheme = (match[1] ?? '').toLowerCase()
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return true
  return !(scheme.includes('.') && /^\d+(?:[/?#]|$)/.test(match[2] ?? ''))
}

function withScheme(text: string): string {
  if (hasScheme(text)) return text
  return LOOKS_LIKE_EMAIL.test(text) ? `mailto:${text}` : `https://${text}`
}
