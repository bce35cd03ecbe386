import { z } from 'zod'
import { isReadOnly } from './access'
import { READ_BATCH_MAX_CALLS, type BatchedCall } from './readBatch'
import { fail, ok, type Result } from './result'

const batchSchema = z
  .object({
    calls: z
      .array(z.object({ channel: z.string().max(64), input: z.unknown() }).strict())
      .min(1)
      .max(READ_BATCH_MAX_CALLS),
  })
  .strict()

/**
 * The calls of a batch's body (shared/readBatch.ts), or why it is refused: not a batch, too many
 * calls, or a call that writes. Each call's own input is the core's to validate, as ever.
 */
export function parseReadBatch(body: unknown): Result<BatchedCall[]> {
  const parsed = batchSchema.safeParse(body)
  if (!parsed.success) return fail('INVALID_INPUT', `A batch is { "calls": [{ "channel", "input" }] } with 1 to ${READ_BATCH_MAX_CALLS} calls`)
  const writes = parsed.data.calls.filter((call) => !isReadOnly(call.channel))
  if (writes.length > 0) return fail('INVALID_INPUT', `Only reads can be sent together, not ${[...new Set(writes.map((call) => call.channel))].join(', ')}`)
  return ok(parsed.data.calls)
}
