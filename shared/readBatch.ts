/*
 * Several reads in one request: what browser mode's page sends at its start, the first screen's
 * reads before its bundle has run (renderer/src/app/sendFirstCallsNow.ts). Nine requests there
 * cost the page a fetch each and an answer each to take in, and queued behind the screen's own
 * scripts on HTTP/1.1's six connections; one request costs one of each. Each call is answered
 * exactly as its own request would be (the core validates its input); only operations that read
 * may travel this way, so a batch can never write (./parseReadBatch.ts). No zod here: the
 * page's first chunk imports this.
 */

/** Where the page sends a batch of reads (beside `/api/<namespace>/<method>`). */
export const READ_BATCH_PATH = '/api/batch'

/** More than the largest first screen's reads (Insights: nine), fewer than anything a page needs at once. */
export const READ_BATCH_MAX_CALLS = 16

export type BatchedCall = { channel: string; input?: unknown }

/**
 * Whether `value` has the answer to a batch of `calls` calls: one per call, in the calls' order.
 * Each one is still to be checked as a Result by whoever takes it.
 */
export function isBatchAnswer(value: unknown, calls: number): value is unknown[] {
  return Array.isArray(value) && value.length === calls
}
