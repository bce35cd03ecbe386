import { dispatch } from '../../shared/dispatch'
import type { Channel, Handlers, InputOf, Method, Namespace, OutputOf } from '../../shared/contract'
import { failureError } from './errors'

/**
 * A typed contract call for code that runs in the same process as the core (the CLI and the
 * desktop menu): the same dispatch as every face, answering the value or throwing the failure.
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
