import { afterEach, describe, expect, it } from 'vitest'
import type { Channel } from '../../../../shared/contract'
import { fail, ok, type Result } from '../../../../shared/result'
import { answeringSentAhead, forgetSentAhead, sendAhead, sentAheadAnswered, takeArrivedValue } from '../../../../renderer/src/api/sentCalls'
import type { ReadBatch, Transport } from '../../../../renderer/src/api/transport'

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

  it('hands over an answer already here at once, once, and only a successful one', async () => {
    const answers: Array<(value: Result<unknown>) => void> = []
    const sent: Channel[] = []
    const transport: Transport = (channel) => {
      sent.push(channel)
      return new Promise<Result<unknown>>((resolve) => answers.push(resolve))
    }
    sendAhead(transport, [
      { channel: 'settings.get', input: {} },
      { channel: 'security.status', input: {} },
      { channel: 'insights.span', input: {} },
      { channel: 'demo.status', input: {} },
    ])
    // Nothing is here before its answer comes.
    expect(takeArrivedValue('settings.get', {})).toBeUndefined()
    answers[0]?.(ok({ theme: 'dark' }))
    answers[1]?.(fail('LOCKED', 'The journal is locked'))
    answers[3]?.(ok({ open: 'journal' }))
    await new Promise((resolve) => setTimeout(resolve, 0))

    expect(takeArrivedValue('settings.get', {})).toEqual({ value: { theme: 'dark' } })
    // Taken: the app's own call is sent, not answered by it again.
    expect(takeArrivedValue('settings.get', {})).toBeUndefined()
    const app = answeringSentAhead(transport)
    void app('settings.get', {})
    expect(sent.filter((channel) => channel === 'settings.get')).toHaveLength(2)
    // A failed answer is not handed over: the app's read takes it from the call on its way, and reports it.
    expect(takeArrivedValue('security.status', {})).toBeUndefined()
    const status = app('security.status', {})
    expect(sent.filter((channel) => channel === 'security.status')).toHaveLength(1)
    expect(await status).toEqual(fail('LOCKED', 'The journal is locked'))
    // One the app's call took first is not handed over a second time.
    expect(await app('demo.status', {})).toEqual(ok({ open: 'journal' }))
    expect(takeArrivedValue('demo.status', {})).toBeUndefined()
    // One still on its way is not here yet; the first screen being ready forgets it, answered or not.
    expect(takeArrivedValue('insights.span', {})).toBeUndefined()
    answers[2]?.(ok({ first: null }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    forgetSentAhead()
    expect(takeArrivedValue('insights.span', {})).toBeUndefined()
  })

  it('sends the calls in one batch when the page has one, each answered by its own share', async () => {
    const { transport, sent } = countingTransport()
    const batches: Array<ReadonlyArray<{ channel: Channel; input: unknown }>> = []
    const batch: ReadBatch = (calls) => {
      batches.push(calls)
      return calls.map((call) => Promise.resolve(ok({ batched: call.channel })))
    }
    sendAhead(
      transport,
      [
        { channel: 'settings.get', input: {} },
        { channel: 'insights.span', input: {} },
      ],
      batch,
    )
    expect(batches).toHaveLength(1)
    expect(sent).toHaveLength(0)
    const app = answeringSentAhead(transport)
    expect(await answerOf(app('insights.span', {}))).toEqual({ batched: 'insights.span' })
    expect(await answerOf(app('settings.get', {}))).toEqual({ batched: 'settings.get' })
    expect(sent).toHaveLength(0)
  })
})
