import fc from 'fast-check'

/**
 * What a careless or hostile caller does to a well-formed input: a value of the wrong type, a
 * huge one, one nested thousands deep, a control character inside a text, a prototype key, a
 * missing field, or no object at all. Each mutation names the node it changes by its place in
 * the input (walked in order), so fast-check can shrink a failure to the smallest one.
 */
export type Mutation =
  | { kind: 'none' }
  | { kind: 'wrongType'; at: number; value: unknown }
  | { kind: 'huge'; at: number; size: number }
  | { kind: 'deep'; at: number; depth: number; asObject: boolean }
  | { kind: 'control'; at: number; char: string; position: number }
  | { kind: 'oddString'; at: number; value: string }
  | { kind: 'oddNumber'; at: number; value: number }
  | { kind: 'protoKey'; at: number; key: string; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'whole'; value: unknown }

const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff', '\u000b']

/** Texts that have broken a parser, a period, a query or a path somewhere before. */
const ODD_STRINGS = [
  '',
  ' ',
  '2026-1-1',
  '2026-02-30',
  '0000-00-00',
  '0099-01-01',
  '9999-12-31',
  '1900-01-01',
  '-5948-01-02',
  '25:61',
  '%',
  '%zz',
  'a/b?c#d',
  '\u0000abc',
  '__proto__',
  'constructor',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '"; DROP TABLE calls; --',
  'NEAR(a b) OR "x',
  'x'.repeat(201),
  '😀'.repeat(200),
  '\ud800',
  'NaN',
]
const ODD_NUMBERS = [-1, 0, 0.5, -0.0001, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1e21, 999_999_999_999]

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constant<Mutation>({ kind: 'none' }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('wrongType' as const),
      at: fc.nat(),
      value: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 })),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.constantFrom(600, 5_100, 70_000, 300_000) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.constantFrom(90, 700, 5_000), asObject: fc.boolean() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('control' as const),
      at: fc.nat(),
      char: fc.constantFrom(...CONTROL_CHARACTERS),
      // At the start half the time: where SQLite's text functions stop reading.
      position: fc.oneof(fc.constant(0), fc.nat()),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('oddString' as const), at: fc.nat(), value: fc.constantFrom(...ODD_STRINGS) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('oddNumber' as const), at: fc.nat(), value: fc.constantFrom(...ODD_NUMBERS) }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('protoKey' as const),
      at: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
      value: fc.oneof(fc.constant({ polluted: true }), fc.constant(null), fc.string()),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('whole' as const),
      value: fc.constantFrom<unknown>(null, [], 42, 'text', true, undefined, [{}], { ['__proto__']: {} }),
    }),
    weight: 1,
  },
)

type Node = { value: unknown; parent: Record<string, unknown> | unknown[] | null; key: string | number | null }

/** Every node of a JSON value, root first, in order. */
function nodesOf(root: { input: unknown }): Node[] {
  const nodes: Node[] = []
  const walk = (value: unknown, parent: Node['parent'], key: Node['key']) => {
    nodes.push({ value, parent, key })
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, value, i))
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, value as Record<string, unknown>, k)
  }
  walk(root.input, root, 'input')
  return nodes
}

function replace(node: Node, value: unknown): void {
  if (node.parent === null || node.key === null) return
  if (Array.isArray(node.parent)) node.parent[node.key as number] = value
  else node.parent[node.key as string] = value
}

/** Deeply nested JSON as text: built as a string, since JSON.stringify itself recurses. */
function nestedText(depth: number, asObject: boolean): string {
  const open = asObject ? '{"type":"paragraph","content":[' : '['
  const close = asObject ? ']}' : ']'
  return `${open.repeat(depth)}"bottom"${close.repeat(depth)}`
}

const DEEP = '\u0000deep-placeholder\u0000'

/** The input with the mutation applied (the original is left alone), as the JSON text to send. */
export function mutatedBody(input: unknown, change: Mutation): string {
  if (change.kind === 'whole') return change.value === undefined ? '' : JSON.stringify(change.value)
  const root = { input: structuredClone<unknown>(input) }
  const nodes = nodesOf(root)
  const pick = (at: number, among: Node[]) => among[at % Math.max(1, among.length)]
  switch (change.kind) {
    case 'none':
      break
    case 'wrongType': {
      const node = pick(change.at, nodes)
      if (node) replace(node, change.value)
      break
    }
    case 'huge': {
      const node = pick(change.at, nodes)
      if (node) replace(node, Array.isArray(node.value) ? Array.from({ length: Math.min(change.size, 20_000) }, () => node.value) : 'x'.repeat(change.size))
      break
    }
    case 'deep': {
      const node = pick(change.at, nodes)
      if (node) {
        replace(node, DEEP)
        const text = JSON.stringify(root.input) ?? ''
        return text.replace(JSON.stringify(DEEP), nestedText(change.depth, change.asObject))
      }
      break
    }
    case 'control': {
      const strings = nodes.filter((node) => typeof node.value === 'string')
      const node = pick(change.at, strings)
      if (node) {
        const text = node.value as string
        const at = change.position % (text.length + 1)
        replace(node, `${text.slice(0, at)}${change.char}${text.slice(at)}`)
      } else {
        ;(root.input as Record<string, unknown>)['text'] = `a${change.char}b`
      }
      break
    }
    case 'oddString': {
      const node = pick(change.at, nodes.filter((candidate) => typeof candidate.value === 'string'))
      if (node) replace(node, change.value)
      break
    }
    case 'oddNumber': {
      const node = pick(change.at, nodes.filter((candidate) => typeof candidate.value === 'number'))
      if (node) replace(node, change.value)
      break
    }
    case 'protoKey': {
      const objects = nodes.filter((node) => typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value))
      const node = pick(change.at, objects)
      // An own, enumerable key, as JSON.parse makes it on the other side.
      if (node) Object.defineProperty(node.value as object, change.key, { value: change.value, enumerable: true, writable: true, configurable: true })
      break
    }
    case 'drop': {
      const fields = nodes.filter((node) => node.parent !== null && !Array.isArray(node.parent) && node.key !== 'input')
      const node = pick(change.at, fields)
      if (node) delete (node.parent as Record<string, unknown>)[node.key as string]
      break
    }
  }
  return root.input === undefined ? '' : JSON.stringify(root.input)
}

/**
 * The mutations most likely to find a defect, each applied to every place it fits in one input:
 * a NUL at the start of each text (where SQLite's text functions stop), a malformed day in each
 * text (a period measured before it is checked), a value of another type in each place, and a
 * deep nesting under the input itself. Run first, before the random ones.
 */
export function systematicMutations(input: unknown): Mutation[] {
  const nodes = nodesOf({ input: structuredClone<unknown>(input) })
  const strings = nodes.filter((node) => typeof node.value === 'string').length
  const changes: Mutation[] = [{ kind: 'none' }, { kind: 'deep', at: 0, depth: 700, asObject: true }, { kind: 'whole', value: null }]
  for (let at = 0; at < strings; at++) {
    changes.push({ kind: 'control', at, char: '\u0000', position: 0 })
    changes.push({ kind: 'oddString', at, value: '2026-1-1' })
  }
  for (let at = 1; at < nodes.length; at++) changes.push({ kind: 'wrongType', at, value: null })
  return changes
}
