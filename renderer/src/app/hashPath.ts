/* Without the router (wouter, React): the page reads its address before React has run (./firstCalls.ts). */

/** `/search?q=x` → [`/search`, `q=x`]: a link typed or bookmarked with its query inside the hash. */
export function splitHashPath(hashPath: string): [string, string | null] {
  const at = hashPath.indexOf('?')
  return at === -1 ? [hashPath, null] : [hashPath.slice(0, at), hashPath.slice(at + 1)]
}
