import { describe, expect, it, vi } from 'vitest'
import { currentPlatform, detectPlatform, folderPicker, onAppCommand } from '../../../renderer/src/platform'

describe('detectPlatform', () => {
  it('is a browser without the preload’s bridge', () => {
    expect(detectPlatform({})).toEqual({ kind: 'browser' })
    expect(detectPlatform({ coachbook: null })).toEqual({ kind: 'browser' })
    expect(detectPlatform({ coachbook: 'desktop' })).toEqual({ kind: 'browser' })
    // This very test runs in a page without one.
    expect(currentPlatform()).toEqual({ kind: 'browser' })
  })

  it('is the desktop app with it, and hands out its parts', () => {
    const printing = { request: vi.fn() }
    const shell = { onCommand: vi.fn() }
    const events = { subscribe: vi.fn() }
    const folders = { openAnother: vi.fn() }
    const bridge = { reps: { list: vi.fn() }, printing, shell, events, folders }
    const platform = detectPlatform({ coachbook: bridge })
    expect(platform).toEqual({ kind: 'desktop', api: bridge, printing, shell, events, folders })
    expect(folderPicker(platform)).toBe(folders)
  })

  it('does without parts an older preload lacks', () => {
    const older = detectPlatform({ coachbook: { reps: {}, printing: {}, shell: { onCommand: 'no' } } })
    expect(older).toMatchObject({ kind: 'desktop', printing: null, shell: null, events: null, folders: null })
    expect(folderPicker(older)).toBeUndefined()
  })
})

describe('onAppCommand', () => {
  it('listens to the desktop menu through the shell bridge', () => {
    const stop = vi.fn()
    const onCommand = vi.fn(() => stop)
    const listener = vi.fn()
    const unsubscribe = onAppCommand(listener, detectPlatform({ coachbook: { shell: { onCommand } } }))
    expect(onCommand).toHaveBeenCalledExactlyOnceWith(listener)
    unsubscribe()
    expect(stop).toHaveBeenCalledTimes(1)
  })

  it('hears nothing in a browser, and stopping is harmless', () => {
    const unsubscribe = onAppCommand(vi.fn(), { kind: 'browser' })
    expect(() => unsubscribe()).not.toThrow()
  })
})

describe('folderPicker', () => {
  it('is absent in a browser: the server decides the folder', () => {
    expect(folderPicker({ kind: 'browser' })).toBeUndefined()
  })
})
