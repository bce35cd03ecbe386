import { RawJson } from './storedJson'

/**
 * `JSON.stringify(value, null, 2)`, except that a `RawJson` is written as the JSON text it holds.
 * The journal file is written with it so a rich-text document stored as JSON goes into the file
 * as stored, never parsed and written out again (most of an export's time, when it was).
 */

export function prettyJson(value: unknown, indent = ''): string {
  if (value instanceof RawJson) return value.text
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return prettyJson(JSON.parse(JSON.stringify(value)) as unknown, indent)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const items = value.map((item: unknown) => inner + (item === undefined || typeof item === 'function' ? 'null' : prettyJson(item, inner)))
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function')
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${prettyJson(item, inner)}`).join(',\n')}\n${indent}}`
}
