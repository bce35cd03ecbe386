import { useParams } from 'wouter'

/**
 * Addresses of the screens that show one record, built in one place. Ids are the journal's own
 * (a file may bring `rep-100%`, `a/b`, `what?`, `#1`, spaces or emoji), so each is encoded as one
 * path segment, and read back through `useIdParam`, decoded exactly once.
 */
const segment = (id: string) => encodeURIComponent(id)

export type CallSection = 'details' | 'prebrief' | 'debrief'

export const paths = {
  call: (id: string, section: CallSection = 'details') =>
    section === 'details' ? `/calls/${segment(id)}` : `/calls/${segment(id)}/${section}`,
  /** The 60-second debrief (features/quickDebrief). */
  quickDebrief: (id: string) => `/calls/${segment(id)}/quick-debrief`,
  rep: (id: string) => `/reps/${segment(id)}`,
  session: (id: string) => `/sessions/${segment(id)}`,
}

/**
 * A path segment as the address holds it, decoded once. A segment that is not valid percent-
 * encoding (`#/reps/%`, typed by hand) is taken as written: it names no record, and the screen
 * says so, rather than throwing.
 */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** The route's id parameter, decoded once (the app's location hook hands wouter the address undecoded). */
export function useIdParam(name = 'id'): string {
  const params = useParams<Record<string, string>>()
  return decodeSegment(params[name] ?? '')
}
