/**
 * JSON with object keys sorted at every level: two records with the same content give the same
 * text whatever order their keys were written in. Import uses it to tell "unchanged" from "updated", and saves to tell which fields changed.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/**
 * Whether the two give the same canonical JSON. Walked side by side rather than written out: an
 * import compares thousands of records with rich-text documents, and building two strings per
 * record was most of the time of importing an unchanged file. Anything but plain objects, arrays,
 * strings, booleans and finite numbers (undefined in an array, NaN, a Date…) is left to
 * canonicalJson itself, so the answer is always that of comparing the texts.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (a[i] === undefined || b[i] === undefined) return canonicalJson(a) === canonicalJson(b)
      if (!sameContent(a[i], b[i])) return false
    }
    return true
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    let count = 0
    for (const key in a) {
      const value = a[key]
      if (value === undefined) continue
      count++
      if (!Object.prototype.hasOwnProperty.call(b, key) || !sameContent(value, b[key])) return false
    }
    for (const key in b) if (b[key] !== undefined) count--
    return count === 0
  }
  if (typeof a === 'object' || typeof b === 'object' || typeof a === 'number' || typeof b === 'number' || a === undefined || b === undefined) {
    return canonicalJson(a) === canonicalJson(b)
  }
  return false
}
