// @vitest-environment node
// Streams, fetch and text coding only, no page: Node's own, so the Response, its body and the
// decoder all come from one realm (happy-dom's window would mix its ReadableStream with Node's).
import { describe, expect, it, vi } from 'vitest'
import { fetchEventStream, type EventStream } from '../../../../../renderer/src/api/live/eventStream'
import { STATE_WAIT } from '../../../../helpers/waitBound'

/** A server's answer that sends `chunks` (split anywhere, as a network may) and then ends. */
function streamed(chunks: string[], status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder()
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
  return new Response(body, { status, headers: { 'Content-Type': 'text/event-stream' } })
}

function listen(stream: EventStream) {
  const messages: string[] = []
  let opened = 0
  stream.onmessage = (event) => messages.push(event.data)
  stream.onopen = () => (opened += 1)
  return { messages, opened: () => opened }
}

describe('fetchEventStream', () => {
  it('sends its headers and reads events split anywhere, skipping comments', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValueOnce(
      streamed(['retry: 60000\n: connected\n\n', 'data: {"a":', '1}\n\nda', 'ta: line one\ndata: line two\r\n\r\n: still here\n\n']),
    )
    const stream = fetchEventStream('/api/events?client=t1', { fetch, headers: () => ({ Authorization: 'Bearer abc' }) })
    const seen = listen(stream)
    await vi.waitFor(() => expect(seen.messages).toEqual(['{"a":1}', 'line one\nline two']), STATE_WAIT)
    expect(seen.opened()).toBe(1)
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/events?client=t1')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer abc')
    expect(init?.credentials).toBe('omit')
    stream.close()
  })

  it('connects again after a dropped stream, asking for the headers afresh each time', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(streamed(['retry: 5\ndata: first\n\n']))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(streamed(['data: again\n\n']))
    // A new token for every connection, as when a restarted server's link was adopted meanwhile.
    let asked = 0
    const stream = fetchEventStream('/e', { fetch, headers: () => ({ Authorization: `Bearer t${(asked += 1)}` }) })
    const seen = listen(stream)
    await vi.waitFor(() => expect(seen.messages).toEqual(expect.arrayContaining(['first', 'again'])), STATE_WAIT)
    stream.close()
    const sent = fetch.mock.calls.map(([, init]) => new Headers(init?.headers).get('Authorization'))
    expect(sent.slice(0, 3)).toEqual(['Bearer t1', 'Bearer t2', 'Bearer t3'])
    expect(seen.opened()).toBeGreaterThanOrEqual(2)
  })

  it('stays closed when the server refuses the session, and after close()', async () => {
    const refused = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('no', { status: 401 }))
    const stream = fetchEventStream('/e', { fetch: refused, retryMs: 1 })
    await vi.waitFor(() => expect(stream.readyState).toBe(2), STATE_WAIT)
    expect(refused).toHaveBeenCalledTimes(1)

    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(streamed(['data: x\n\n']))
    const closed = fetchEventStream('/e', { fetch, retryMs: 1 })
    closed.close()
    expect(closed.readyState).toBe(2)
  })
})
