import { useSearch as useBrowserSearch } from 'wouter/use-browser-location'
import { navigate as hashNavigate, useHashLocation } from 'wouter/use-hash-location'
import { splitHashPath } from './hashPath'

type NavigateOptions = Parameters<typeof hashNavigate>[1]

/**
 * wouter's hash location keeps a screen's `?query` in the real query string (`/?q=x#/search`),
 * and a navigation without one leaves the old query in place: after a search, every other
 * screen would still read `q`. A navigation to an address without `?` clears the query here, so
 * each screen's parameters belong to that screen only.
 */
export function withQueryOf(to: string): string {
  return to.includes('?') ? to : `${to}?`
}

export function navigateClearingQuery(to: string, options?: NavigateOptions): void {
  hashNavigate(withQueryOf(to), options)
}

export { splitHashPath } from './hashPath'

/** The screen on show now (`/search`), read from the address itself rather than from a render. */
export function currentRoute(): string {
  return splitHashPath(window.location.hash.replace(/^#/, '') || '/')[0]
}

/**
 * wouter decodes the location with `decodeURI` before it matches routes, and `decodeURI` both
 * throws on a lone `%` and leaves `%2F` or `%3F` encoded: ids would be decoded once, twice or
 * not at all depending on what they hold. Escaping every `%` first makes its decoding give back
 * the address exactly as written; route parameters are then decoded once, by `useIdParam`
 * (./paths.ts), and queries once, by URLSearchParams.
 */
export function keepEscapes(text: string): string {
  return text.replace(/%/g, '%25')
}

/**
 * The app's location hook: hash routing, with each navigation's own query (see above). An
 * address written with the query inside the hash (`#/search?q=disc`) works too: the route is the
 * part before `?`, and the query the part after it. Both reach wouter undecoded (`keepEscapes`).
 */
export function useAppLocation(options?: { ssrPath?: string }): [string, typeof navigateClearingQuery] {
  const [hashPath] = useHashLocation(options)
  return [keepEscapes(splitHashPath(hashPath)[0]), navigateClearingQuery]
}

useAppLocation.hrefs = (href: string): string => `#${href}`

useAppLocation.searchHook = function useAppSearch(): string {
  const browserSearch = useBrowserSearch()
  const [hashPath] = useHashLocation()
  return keepEscapes(splitHashPath(hashPath)[1] ?? browserSearch)
}
