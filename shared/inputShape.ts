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

export function inputShapeProblem(input: unknown, { maxValues = INPUT_MAX_VALUES }: { maxValues?: number } = {}): ShapeProblem | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }]
  let values = 0
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] }
    if (++values > maxValues) {
      return { path: '', message: `The input holds more than ${maxValues.toLocaleString('en-US')} values` }
    }
    if (path.length > INPUT_MAX_DEPTH) {
      return { path: formatIssuePath(path.slice(0, 8)), message: `The input nests more than ${INPUT_MAX_DEPTH} levels deep` }
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) continue
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path: formatIssuePath(path), message: 'Numbers must be finite' }
      continue
    }
    if (typeof value !== 'object') return { path: formatIssuePath(path), message: `A ${typeof value} is not data` }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    const prototype = Object.getPrototypeOf(value) as unknown
    if (prototype !== Object.prototype && prototype !== null) {
      return { path: formatIssuePath(path), message: 'Only plain data (objects, arrays, text, numbers, true/false, null) can be sent' }
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { path: formatIssuePath([...path, key]), message: `A field cannot be named "${key}"` }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return null
}
