import type { Channel, Handlers, InputOf, Method, Namespace, OutputOf } from './contract'
import { dispatch, type DispatchOptions } from './dispatch'
import { AppFailure, type Fail, type Result } from './result'

/**
 * How a face reaches the core: one contract call by channel name, answered as a Result, never
 * thrown. In the same thread as the core it is `dispatch` over the handlers (`invokeHandlers`);
 * the desktop app and browser mode reach the core in its own thread (electron/core/host).
 * `origin` names who asked (a window, a tab), so the change it makes is announced to everyone
 * else but not back to it (shared/journalEvents.ts); calls that need no announcement leave it out.
 */
export type Invoke = (channel: string, input: unknown, origin?: string) => Promise<Result<unknown>>

/** The core's handlers as an Invoke, for code that runs beside the core (the CLI, tests). */
export function invokeHandlers(handlers: Handlers, options: DispatchOptions = {}): Invoke {
  return (channel, input) => dispatch(handlers, channel, input, options)
}

/** A typed contract call that answers the value or throws the failure as an AppFailure. */
export async function invokeOrThrow<N extends Namespace, M extends Method<N>>(
  invoke: Invoke,
  channel: `${N}.${M}` & Channel,
  input: InputOf<N, M>,
): Promise<OutputOf<N, M>> {
  const result = await invoke(channel, input)
  if (!result.ok) throw failureError(result)
  return result.value
}

/** A failed Result as an exception, naming the first bad field when the message does not already. */
export function failureError(result: Fail): AppFailure {
  const { code, message, issues } = result.error
  const first = issues?.[0]
  const detail = first && first.path && !message.includes(first.path) ? ` (${first.path}: ${first.message})` : ''
  return new AppFailure(code, `${message}${detail}`, issues)
}
