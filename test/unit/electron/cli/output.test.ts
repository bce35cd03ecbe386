import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { quietWriter, type OutputStream } from '../../../../electron/cli/output'

/** A stream that records what is written and fails when told to. */
function fakeStream() {
  const emitter = new EventEmitter()
  const written: string[] = []
  const stream = {
    write: (text: string) => {
      written.push(text)
      return true
    },
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
  } as unknown as OutputStream
  const fail = (code: string) => emitter.emit('error', Object.assign(new Error(`write ${code}`), { code }))
  return { stream, written, fail }
}

describe('quietWriter', () => {
  it('writes until the reader goes away, then drops the rest without a word', () => {
    const { stream, written, fail } = fakeStream()
    const onError = vi.fn()
    const write = quietWriter(stream, onError)
    write('one\n')
    fail('EPIPE')
    write('two\n')
    expect(written).toEqual(['one\n'])
    expect(onError).not.toHaveBeenCalled()
  })

  it('reports another write error once, and writes no more', () => {
    const { stream, written, fail } = fakeStream()
    const onError = vi.fn()
    const write = quietWriter(stream, onError)
    fail('ENOSPC')
    fail('ENOSPC')
    write('lost\n')
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'ENOSPC' })
    expect(written).toEqual([])
  })
})
