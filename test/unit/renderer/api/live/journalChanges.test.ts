import { describe, expect, it, vi } from 'vitest'
import { Connection } from '../../../../../renderer/src/api/live/connection'
import { detectChangeSource, streamChanges } from '../../../../../renderer/src/api/live/journalChanges'
import { CLIENT_ID } from '../../../../../renderer/src/api/live/clientId'
import type { JournalChange } from '../../../../../shared/journalEvents'

/** A stand-in for the page's event stream (./eventStream.ts): the test plays the server's side. */
class FakeSource {
  readyState = 0
  onopen: (() => void) | null = null
  onmessage: ((event: { data: string }) => void) | null = null
  constructor(readonly url: string) {}
  close() {
    this.readyState = 2
  }
  opened() {
    this.readyState = 1
    this.onopen?.()
  }
  send(data: string) {
    this.onmessage?.({ data })
  }
}

function setup() {
  const connection = new Connection()
  const sources: FakeSource[] = []
  const changes: JournalChange[] = []
  const stop = streamChanges((change) => changes.push(change), {
    connection,
    open: (url) => {
      const source = new FakeSource(url)
      sources.push(source)
      return source
    },
  })
  return { connection, sources, changes, stop }
}

describe('streamChanges', () => {
  it('listens on /api/events as this tab and passes on the changes it can read', () => {
    const { sources, changes } = setup()
    const source = sources[0]!
    expect(source.url).toBe(`/api/events?client=${CLIENT_ID}`)
    source.opened()
    source.send('{"type":"changed","scope":"journal","channel":"reps.create","origin":"someone"}')
    source.send('not json')
    source.send('{"type":"deleted"}')
    expect(changes).toEqual([{ type: 'changed', scope: 'journal', channel: 'reps.create' }])
  })

  it('counts everything as changed when a dropped stream opens again', () => {
    const { sources, changes } = setup()
    sources[0]!.opened()
    sources[0]!.opened()
    expect(changes).toEqual([{ type: 'changed', scope: 'everything' }])
  })

  it('opens a refused stream again once the tab is reconnected, and stops when asked', () => {
    const { connection, sources, stop } = setup()
    connection.report('answered')
    sources[0]!.close()
    connection.report('unauthorized')
    connection.report('answered')
    expect(sources).toHaveLength(2)
    stop()
    expect(sources[1]!.readyState).toBe(2)
  })
})

describe('detectChangeSource', () => {
  it('listens through the desktop preload’s events bridge, which src/platform.ts hands out', () => {
    const stop = vi.fn()
    const subscribe = vi.fn(() => stop)
    const source = detectChangeSource({ kind: 'desktop', api: {} as never, printing: null, shell: null, events: { subscribe }, folders: null })
    const listener = vi.fn()
    const unsubscribe = source?.(listener)
    expect(subscribe).toHaveBeenCalledExactlyOnceWith(listener)
    unsubscribe?.()
    expect(stop).toHaveBeenCalledTimes(1)
    expect(detectChangeSource({ kind: 'desktop', api: {} as never, printing: null, shell: null, events: null, folders: null })).toBeNull()
  })
})
