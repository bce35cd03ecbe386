import { z } from 'zod'
import type { SaveBase } from './merge'

/** What a save may state as its base (shared/merge.ts): the record's fields, compared only, never stored. */
export const saveBaseSchema = z.record(z.string(), z.unknown())

/**
 * A stated base as the core compares it: an editor states it in the shape it sends its own
 * fields, so each field is read by the same schema (text trimmed, '' as null) — or kept as sent
 * when it does not pass, since a base is only compared, never stored (a record imported with two
 * drill repetitions is still a fine base). Fields the schema does not know are left out.
 */
export function normalizeBase(shape: Readonly<Record<string, z.ZodType>>, base: SaveBase): SaveBase {
  const out: Record<string, unknown> = {}
  for (const [field, raw] of Object.entries(base)) {
    const schema = shape[field]
    if (!schema) continue
    const parsed = schema.safeParse(raw)
    out[field] = (parsed.success ? parsed.data : raw) ?? null
  }
  return out
}
