import { canonicalJson } from '../../../shared/canonicalJson'
import type { Channel } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { ReadBatch, Transport } from './transport'

/*
 * Reads sent before the app's bundle has run (app/sendFirstCallsNow.ts), held until the app makes
 * the same call. The entry is one long task (React DOM, the shell, the router: ~110 ms on an idle
 * 2-CPU machine, far more when busy), and the first screen's reads used to leave only once it had
 * drawn the app; now the core answers them meanwhile, on the other CPU. The app's queries are
 * unchanged (same keys, same read functions): their call is simply answered by the one already on
 * its way. An answer is handed over once, only to the same channel with the same input (its
 * canonical JSON), and the rest are forgotten when the first screen is ready: every later read is
 * sent as before. Only answers are kept here, never the session's token.
 */
const sent = new Map<string, Promise<Result<unknown>>>()
/** The successful answers among them that have already come, for the first render to take at once. */
const arrived = new Map<string, unknown>()

const keyOf = (channel: Channel, input: unknown) => `${channel} ${canonicalJson(input ?? {})}`

/**
 * Sends `calls` now, keeping their answers for the app: all in one request when the page can
 * (`batch`, browser mode), else each through `transport`.
 */
export function sendAhead(transport: Transport, calls: ReadonlyArray<{ channel: Channel; input: unknown }>, batch?: ReadBatch): void {
  const answers = batch && calls.length > 1 ? batch(calls) : calls.map(({ channel, input }) => transport(channel, input))
  calls.forEach(({ channel, input }, index) => {
    const key = keyOf(channel, input)
    const answer = answers[index]
    if (!answer) return
    sent.set(key, answer)
    answer.then(
      (result) => {
        if (result.ok && sent.get(key) === answer) arrived.set(key, result.value)
      },
      () => undefined,
    )
  })
}

/**
 * The value of a call sent ahead, if its answer has come and was a success: taken (the app will
 * neither send the call nor wait for it), so the first render can have it in the cache already
 * (app/firstScreen.ts). A failed answer is left for the app's own read, which reports it.
 */
export function takeArrivedValue(channel: Channel, input: unknown): { value: unknown } | undefined {
  if (arrived.size === 0) return undefined
  const key = keyOf(channel, input)
  if (!arrived.has(key)) return undefined
  const value = arrived.get(key)
  arrived.delete(key)
  sent.delete(key)
  return { value }
}

/**
 * Settles once every call sent ahead so far has its answer (or failed): the page draws its first
 * screen then, in one render with its figures, rather than a loading state first (main.tsx).
 */
export function sentAheadAnswered(): Promise<void> {
  return Promise.allSettled([...sent.values()]).then(() => undefined)
}

/** `transport`, except that a call sent ahead is answered by that call's answer (once). */
export function answeringSentAhead(transport: Transport): Transport {
  return (channel, input) => {
    // Nothing held (every call after the first screen): no key to compute, whatever the input's size.
    if (sent.size === 0) return transport(channel, input)
    const key = keyOf(channel, input)
    const answer = sent.get(key)
    if (!answer) return transport(channel, input)
    sent.delete(key)
    arrived.delete(key)
    return answer
  }
}

/** The first screen is ready (app/bootAnswers.ts): answers nobody took are dropped, and read afresh if asked for. */
export function forgetSentAhead(): void {
  sent.clear()
  arrived.clear()
}
