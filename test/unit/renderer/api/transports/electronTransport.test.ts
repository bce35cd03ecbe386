import { describe, expect, it, vi } from 'vitest'
import type { Api } from '../../../../../shared/api'
import { electronTransport } from '../../../../../renderer/src/api/transports/electronTransport'

describe('electronTransport', () => {
  it('calls the preload bridge method for the channel with the input', async () => {
    const create = vi.fn().mockResolvedValue({ ok: true, value: { id: 'r1' } })
    const bridge = { reps: { create } } as unknown as Api
    const result = await electronTransport(bridge)('reps.create', { name: 'Dana' })
    expect(create).toHaveBeenCalledWith({ name: 'Dana' })
    expect(result).toEqual({ ok: true, value: { id: 'r1' } })
  })

  it('answers NOT_FOUND when the bridge lacks the method', async () => {
    const result = await electronTransport({ reps: {} } as unknown as Api)('reps.create', { name: 'Dana' })
    expect(result.ok === false && result.error.code).toBe('NOT_FOUND')
  })

  it('turns a rejected IPC call into INTERNAL instead of rejecting', async () => {
    const bridge = { reps: { list: vi.fn().mockRejectedValue(new Error("No handler registered for 'coachbook:reps.list'")) } }
    const result = await electronTransport(bridge as unknown as Api)('reps.list', {})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL')
      expect(result.error.message).toContain('No handler registered')
    }
  })

  it('refuses an answer that is not a Result', async () => {
    const bridge = { reps: { list: vi.fn().mockResolvedValue([{ id: 'r1' }]) } }
    const result = await electronTransport(bridge as unknown as Api)('reps.list', {})
    expect(result.ok === false && result.error.code).toBe('INTERNAL')
  })
})
