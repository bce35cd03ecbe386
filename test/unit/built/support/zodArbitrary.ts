import fc from 'fast-check'
import type { z } from 'zod'
import { fullRichTextDocSchema, richTextDocSchema } from '../../../../shared/richText'

/**
 * fast-check arbitraries shaped by a zod 4 schema: values of the schema's input type, within its
 * lengths, ranges, patterns and enums, so most of them pass and reach the handlers. (The fuzzing
 * then mutates them: tests/unit/built/fuzz.test.ts.) Refinements are not followed; a value they
 * refuse is still a valid test of the refusal. Written against zod 4's schema definitions
 * (`schema._zod.def`); an unknown kind of schema fails loudly, so a new one cannot go unfuzzed.
 */
type Def = {
  type: string
  shape?: Record<string, Schema>
  innerType?: Schema
  in?: Schema
  out?: Schema
  element?: Schema
  entries?: Record<string, string | number>
  values?: unknown[]
  options?: Schema[]
  keyType?: Schema
  valueType?: Schema
  getter?: () => Schema
  checks?: { _zod: { def: CheckDef } }[]
}
type CheckDef = { check: string; minimum?: number; maximum?: number; length?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp }
type Schema = { _zod: { def: Def } }

export type ArbitraryOptions = {
  /** Values for a field whose name ends in "id" (or "Id"), mixed with random ones: ids the journal holds. */
  knownIds?: readonly string[]
  /** Every optional field present and every nullable one set: an input with something in each place. */
  full?: boolean
}

const DAY_PATTERN = String(/^\d{4}-\d{2}-\d{2}$/)

/** Real days around now, and now and then one that is not. */
const day = fc.oneof(
  { arbitrary: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), weight: 4 },
  { arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), weight: 1 },
)

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def)
}

function stringArbitrary(def: Def, key: string | null, options: ArbitraryOptions): fc.Arbitrary<string> {
  let min = 0
  let max = 40
  let pattern: RegExp | null = null
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum ?? min
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max)
    if (check.check === 'length_equals') min = max = check.length ?? min
    if (check.check === 'string_format' && check.pattern) pattern = check.pattern
  }
  if (pattern && String(pattern) === DAY_PATTERN) return day
  if (pattern) return fc.stringMatching(pattern)
  const text = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, max) })
  if (key !== null && /(^id|Id)$/.test(key) && options.knownIds && options.knownIds.length > 0) {
    return fc.oneof({ arbitrary: fc.constantFrom(...options.knownIds), weight: 3 }, { arbitrary: text, weight: 1 })
  }
  return text
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e6
  let max = 1e6
  let integer = false
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = check.value ?? min
    if (check.check === 'less_than') max = check.value ?? max
    if (check.check === 'number_format') integer = true
  }
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}

export function arbitraryFor(schema: z.ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  return build(schema, null, 0, options)
}

function isOptional(schema: Schema): boolean {
  const type = schema._zod.def.type
  if (type === 'optional' || type === 'default') return true
  if (type === 'pipe') return isOptional(schema._zod.def.in as Schema)
  return false
}

function build(schema: Schema, key: string | null, depth: number, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  // The rich-text schema takes a document in stored form as it is and hands anything else to the
  // full schema (a transform, which describes no shape): documents are generated from the full one.
  if ((schema as unknown) === richTextDocSchema) return build(fullRichTextDocSchema, key, depth, options)
  const def = schema._zod.def
  const inner = (next: Schema | undefined, nextKey = key, nextDepth = depth) => build(next as Schema, nextKey, nextDepth, options)
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {}
      const fields = Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, build(field, name, depth, options)]))
      const requiredKeys = Object.entries(shape)
        .filter(([, field]) => options.full === true || !isOptional(field))
        .map(([name]) => name)
      return fc.record(fields, { requiredKeys })
    }
    case 'string':
      return stringArbitrary(def, key, options)
    case 'number':
      return numberArbitrary(def)
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}))
    case 'literal':
      return fc.constantFrom(...(def.values ?? []))
    case 'array': {
      let min = 0
      let max = 4
      for (const check of checksOf(def)) {
        if (check.check === 'min_length') min = check.minimum ?? min
        if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max)
      }
      // Deep inside a recursive schema, arrays stay empty so generation ends.
      if (depth > 4) max = min
      return fc.array(inner(def.element, key, depth + 1), { minLength: min, maxLength: Math.max(min, max) })
    }
    case 'optional':
      return options.full === true ? inner(def.innerType) : fc.option(inner(def.innerType), { nil: undefined })
    case 'nullable':
      return options.full === true ? inner(def.innerType) : fc.option(inner(def.innerType), { nil: null })
    case 'default':
      return inner(def.innerType)
    case 'pipe': {
      const input = def.in as Schema
      // A check before the real shape (rich text's depth, `z.unknown().pipe(shape)`) is generated by the shape.
      return input._zod.def.type === 'unknown' ? inner(def.out) : inner(input)
    }
    case 'lazy':
      return fc.constant(null).chain(() => inner(def.getter?.(), key, depth + 1))
    case 'record':
      return fc.dictionary(
        build(def.keyType as Schema, null, depth, options) as fc.Arbitrary<string>,
        inner(def.valueType, null, depth + 1),
        { maxKeys: 3 },
      )
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)))
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 })
    case 'null':
      return fc.constant(null)
    case 'undefined':
      return fc.constant(undefined)
    default:
      throw new Error(`zodArbitrary: no arbitrary for a zod "${def.type}" schema; add one`)
  }
}
