import type { Api } from '../../../../shared/api'
import { splitChannel } from '../channel'
import { fail, isResult } from '../../../../shared/result'
import type { Transport } from '../transport'

type Bridge = Record<string, Record<string, ((input: unknown) => Promise<unknown>) | undefined> | undefined>

/**
 * Calls through the preload's `window.coachbook`. The preload already answers Results; this only
 * guards against what IPC itself can do (reject when main has no handler, or hand back junk).
 */
export function electronTransport(bridge: Api): Transport {
  const methods = bridge as unknown as Bridge
  return async (channel, input) => {
    const [namespace, method] = splitChannel(channel)
    const invoke = methods[namespace]?.[method]
    if (typeof invoke !== 'function') return fail('NOT_FOUND', `This version of Coachbook cannot do "${channel}"`)
    try {
      const answer = await invoke(input)
      return isResult(answer) ? answer : fail('INTERNAL', `Coachbook answered "${channel}" in a form it does not understand`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return fail('INTERNAL', `Coachbook could not reach its journal: ${reason}`)
    }
  }
}
