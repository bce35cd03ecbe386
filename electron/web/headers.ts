import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

/**
 * Response headers on everything browser mode serves. The policy itself is defined once, in
 * shared/csp.ts, for every face and for the built page's <meta> tag.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}
