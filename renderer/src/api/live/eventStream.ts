/**
 * A Server-Sent Events stream read with fetch, for browser mode's `/api/events`. The browser's own
 * EventSource cannot send headers, and the session's token travels only as `Authorization: Bearer`
 * (no cookie: see api/transports/session.ts), so the stream is read here instead: the same event
 * format, the same behaviour (reconnect after the server's `retry:` delay), and a refused stream
 * (401, 403: the server restarted and no longer knows the session) stays closed until reopened.
 */
export type EventStream = {
  /** 0 connecting, 1 open, 2 closed: EventSource's numbers. */
  readonly readyState: number
  onopen: (() => void) | null
  onmessage: ((event: { data: string }) => void) | null
  close(): void
}

export type EventStreamOptions = {
  /** Asked at each (re)connection, so a token adopted meanwhile is used. */
  headers?: () => Record<string, string>
  /** Until the server says otherwise with `retry:`. */
  retryMs?: number
  fetch?: typeof globalThis.fetch
}

const CONNECTING = 0
const OPEN = 1
const CLOSED = 2

export function fetchEventStream(url: string, options: EventStreamOptions = {}): EventStream {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  let retryMs = options.retryMs ?? 2000
  let state = CONNECTING
  let controller: AbortController | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  const stream: EventStream = {
    get readyState() {
      return state
    },
    onopen: null,
    onmessage: null,
    close() {
      state = CLOSED
      clearTimeout(timer)
      controller?.abort()
    },
  }

  /** One event: its `data:` lines joined; comments (`:`) ignored; `retry:` kept for next time. */
  const dispatch = (block: string) => {
    const data: string[] = []
    for (const line of block.split(/\r\n|\r|\n/)) {
      if (line === '' || line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'data') data.push(value)
      else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value)
    }
    if (data.length > 0) stream.onmessage?.({ data: data.join('\n') })
  }

  const connect = async () => {
    if (state === CLOSED) return
    controller = new AbortController()
    state = CONNECTING
    try {
      const response = await doFetch(url, {
        headers: { Accept: 'text/event-stream', ...options.headers?.() },
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      })
      if (response.status === 401 || response.status === 403) return stream.close()
      if (!response.ok || !response.body) throw new Error(`the stream answered HTTP ${response.status}`)
      if (state === CLOSED) return
      state = OPEN
      stream.onopen?.()
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        for (let end = buffer.search(/\r?\n\r?\n/); end >= 0; end = buffer.search(/\r?\n\r?\n/)) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '')
          dispatch(block)
        }
      }
    } catch {
      // Dropped, unreachable or closed on purpose: tried again below unless closed.
    }
    if (state === CLOSED) return
    state = CONNECTING
    timer = setTimeout(() => void connect(), retryMs)
  }

  void connect()
  return stream
}
