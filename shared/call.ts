import type { Channel, Handlers, InputOf, Method, Namespace, OutputOf } from './contract'
import { dispatch } from './dispatch'
import { AppFailure, type Fail } from './result'

/**
 * A typed contract call for code that runs in the same process as the core (the CLI, the
 * desktop menu and printing): the same dispatch as every face, answering the value or throwing the failure.
 */
export async function call<N extends Namespace, M extends Method<N>>(
  handlers: Handlers,
  channel: `${N}.${M}` & Channel,
  input: InputOf<N, M>,
): Promise<OutputOf<N, M>> {
  const result = await dispatch(handlers, channel, input)
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
