import { INPUT_MAX_DEPTH, INPUT_MAX_VALUES } from './limits'
import { formatIssuePath } from './validation'

/**
 * Looks at an input before any schema does: plain data only (what JSON and structured clone
 * carry), at most INPUT_MAX_DEPTH levels and INPUT_MAX_VALUES values, and no `__proto__` key.
 * Walked without recursion and stopped at the first problem, so neither a deep nor a cyclic
 * value can exhaust the stack here or, being refused, in the recursive schemas after it.
 */
export type ShapeProblem = { path: string; message: string }

const FORBIDDEN_KEYS = new Set(['__proto__'])

/**
 * A value waiting to be looked at: its key and its parent's entry, from which its path is spelled
 * only when it has a problem. (Copying the path into every entry made this walk allocate in
 * proportion to depth × values: about a third of validating a 26 MB journal file.)
 */
type Entry = { value: unknown; key: PropertyKey | undefined; parent: Entry | undefined; depth: number }

function pathOf(entry: Entry, extra?: PropertyKey): PropertyKey[] {
  const path: PropertyKey[] = extra === undefined ? [] : [extra]
  for (let at: Entry | undefined = entry; at?.parent !== undefined; at = at.parent) path.push(at.key as PropertyKey)
  return path.reverse()
}

/** Text, true/false, null and finite numbers: values in which the walk can find no problem but depth. */
const isPlainLeaf = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value))

export function inputShapeProblem(input: unknown, { maxValues = INPUT_MAX_VALUES }: { maxValues?: number } = {}): ShapeProblem | null {
  // Uncounted (a journal file, whose size bounds it already), a plain leaf within the depth limit
  // has nothing to report, so it is not even put on the stack: most of a file's values are leaves,
  // and an entry each was most of this walk's garbage. The problems found, and their order, are
  // the same.
  const uncounted = maxValues === Number.POSITIVE_INFINITY
  const skip = (value: unknown, depth: number) => uncounted && depth <= INPUT_MAX_DEPTH && isPlainLeaf(value)
  const stack: Entry[] = [{ value: input, key: undefined, parent: undefined, depth: 0 }]
  let values = 0
  while (stack.length > 0) {
    const entry = stack.pop() as Entry
    const { value } = entry
    if (++values > maxValues) {
      return { path: '', message: `The input holds more than ${maxValues.toLocaleString('en-US')} values` }
    }
    if (entry.depth > INPUT_MAX_DEPTH) {
      return { path: formatIssuePath(pathOf(entry).slice(0, 8)), message: `The input nests more than ${INPUT_MAX_DEPTH} levels deep` }
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) continue
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path: formatIssuePath(pathOf(entry)), message: 'Numbers must be finite' }
      continue
    }
    if (typeof value !== 'object') return { path: formatIssuePath(pathOf(entry)), message: `A ${typeof value} is not data` }
    const depth = entry.depth + 1
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) if (!skip(value[i], depth)) stack.push({ value: value[i], key: i, parent: entry, depth })
      continue
    }
    const prototype = Object.getPrototypeOf(value) as unknown
    if (prototype !== Object.prototype && prototype !== null) {
      return { path: formatIssuePath(pathOf(entry)), message: 'Only plain data (objects, arrays, text, numbers, true/false, null) can be sent' }
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { path: formatIssuePath(pathOf(entry, key)), message: `A field cannot be named "${key}"` }
      const item = (value as Record<string, unknown>)[key]
      if (!skip(item, depth)) stack.push({ value: item, key, parent: entry, depth })
    }
  }
  return null
}
