import { afterEach, describe, expect, it } from 'vitest'
import type { Channel } from '../../../../shared/contract'
import { ok, type Result } from '../../../../shared/result'
import { answeringSentAhead, forgetSentAhead, sendAhead, sentAheadAnswered } from '../../../../renderer/src/api/sentCalls'
import type { Transport } from '../../../../renderer/src/api/transport'

/** A transport that counts what it sends and answers each call with its number. */
function countingTransport(): { transport: Transport; sent: Array<{ channel: Channel; input: unknown }> } {
  const sent: Array<{ channel: Channel; input: unknown }> = []
  const transport: Transport = (channel, input) => {
    sent.push({ channel, input })
    return Promise.resolve(ok({ answer: sent.length }))
  }
  return { transport, sent }
}

const answerOf = async (result: Promise<Result<unknown>>) => {
  const settled = await result
  if (!settled.ok) throw new Error(settled.error.message)
  return settled.value
}

describe('reads sent ahead', () => {
  afterEach(() => forgetSentAhead())

  it('answers the same call once with the answer already on its way, and sends every other call', async () => {
    const { transport, sent } = countingTransport()
    sendAhead(transport, [
      { channel: 'settings.get', input: {} },
      { channel: 'insights.metrics', input: { from: '2025-03-21', to: '2026-03-20', asOf: '2026-03-20', repId: undefined } },
    ])
    expect(sent).toHaveLength(2)
    const app = answeringSentAhead(transport)

    // The same input written in another order (and without the absent rep) is the same call.
    expect(await answerOf(app('insights.metrics', { asOf: '2026-03-20', to: '2026-03-20', from: '2025-03-21' }))).toEqual({ answer: 2 })
    expect(sent).toHaveLength(2)
    // Handed over once: asked again, it is read again.
    expect(await answerOf(app('insights.metrics', { from: '2025-03-21', to: '2026-03-20', asOf: '2026-03-20' }))).toEqual({ answer: 3 })
    // Another input, or another channel with the same input, is never answered by it.
    expect(await answerOf(app('insights.charts', {}))).toEqual({ answer: 4 })
    expect(await answerOf(app('settings.get', { x: 1 }))).toEqual({ answer: 5 })
    expect(await answerOf(app('settings.get', {}))).toEqual({ answer: 1 })
    expect(sent.map((call) => call.channel)).toEqual(['settings.get', 'insights.metrics', 'insights.metrics', 'insights.charts', 'settings.get'])
  })

  it('forgets the answers nobody took once the first screen is ready', async () => {
    const { transport, sent } = countingTransport()
    sendAhead(transport, [{ channel: 'settings.get', input: {} }])
    forgetSentAhead()
    expect(await answerOf(answeringSentAhead(transport)('settings.get', {}))).toEqual({ answer: 2 })
    expect(sent).toHaveLength(2)
  })

  it('tells when every call sent ahead has its answer, a failed one included', async () => {
    const answers: Array<(value: Result<unknown>) => void> = []
    const failures: Array<(error: Error) => void> = []
    const transport: Transport = (channel) =>
      new Promise<Result<unknown>>((resolve, reject) => {
        if (channel === 'insights.charts') failures.push(reject)
        else answers.push(resolve)
      })
    sendAhead(transport, [
      { channel: 'settings.get', input: {} },
      { channel: 'insights.charts', input: {} },
      { channel: 'insights.metrics', input: {} },
    ])
    let answered = false
    const waiting = sentAheadAnswered().then(() => (answered = true))
    answers[0]?.(ok({}))
    failures[0]?.(new Error('the server went away'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(answered).toBe(false)
    answers[1]?.(ok({}))
    await waiting
    expect(answered).toBe(true)
  })

  it('has nothing to wait for when nothing was sent ahead', async () => {
    await expect(sentAheadAnswered()).resolves.toBeUndefined()
  })
})
