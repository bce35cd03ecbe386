import type { Channel, Namespace } from '../../../shared/contract'

/**
 * `reps.create` → `['reps', 'create']`. Kept here rather than imported from the contract so the
 * renderer bundle does not carry the contract's zod schemas (the core validates every input).
 */
export function splitChannel(channel: Channel): [Namespace, string] {
  const dot = channel.indexOf('.')
  return [channel.slice(0, dot) as Namespace, channel.slice(dot + 1)]
}
