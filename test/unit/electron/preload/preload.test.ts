import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../../shared/channels'
import { APP_COMMAND_CHANNEL } from '../../../../shared/appCommands'
import { EVENTS_IPC_CHANNEL } from '../../../../shared/journalEvents'
import { OPEN_FOLDER_IPC_CHANNEL } from '../../../../shared/folderBridge'
import { PRINT_IPC_CHANNEL } from '../../../../shared/printBridge'
import { contextBridge, ipcRenderer } from '../main/electronMock'

vi.mock('electron', () => import('../main/electronMock'))

type Exposed = Record<string, Record<string, (input?: unknown) => unknown>>

describe('preload', () => {
  let exposed: Exposed
  // Vitest clears mock calls before each test: keep what the module did when it loaded.
  let exposeCalls: unknown[][] = []

  beforeAll(async () => {
    await import('../../../../electron/preload/index')
    exposeCalls = [...contextBridge.exposeInMainWorld.mock.calls]
    const call = exposeCalls[0] as [string, Exposed] | undefined
    if (!call) throw new Error('exposeInMainWorld was not called')
    exposed = call[1]
  })

  it('exposes exactly one thing, window.coachbook', () => {
    expect(exposeCalls).toHaveLength(1)
    expect(exposeCalls[0]?.[0]).toBe('coachbook')
  })

  it('has one key per contract namespace and one function per method, nothing else', () => {
    const expected: Record<string, string[]> = {}
    for (const channel of CHANNEL_NAMES) {
      const [ns, method] = channel.split('.') as [string, string]
      ;(expected[ns] ??= []).push(method)
    }
    // Plus the capabilities beyond the contract: `printing` (shared/printBridge.ts), the menu's
    // commands, `shell` (shared/appCommands.ts), journal changes, `events` (shared/journalEvents.ts),
    // and `folders` (shared/folderBridge.ts).
    expected['printing'] = ['request']
    expected['shell'] = ['onCommand']
    expected['events'] = ['subscribe']
    expected['folders'] = ['openAnother']
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(expected).sort())
    for (const [ns, methods] of Object.entries(expected)) {
      const namespace = exposed[ns] ?? {}
      expect(Object.keys(namespace).sort()).toEqual([...methods].sort())
      for (const method of methods) expect(typeof namespace[method]).toBe('function')
    }
    expect(exposed).not.toHaveProperty('invoke')
    expect(exposed).not.toHaveProperty('ipcRenderer')
  })

  it('invokes the prefixed channel with the input, for every method', async () => {
    for (const channel of CHANNEL_NAMES) {
      const [ns, method] = channel.split('.') as [string, string]
      ipcRenderer.invoke.mockClear()
      const input = { probe: channel }
      await exposed[ns]?.[method]?.(input)
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(`${IPC_PREFIX}${channel}`, input)
    }
  })

  it('answers what main answers', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } })
    await expect(exposed['reps']?.['get']?.({ id: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone' },
    })
  })

  it('asks main to print with only an action and a route, whatever else the page passes', async () => {
    ipcRenderer.invoke.mockClear()
    const request = { action: 'pdf', route: '/print/debrief/c1', channel: 'coachbook:journal.import', text: 'x' }
    await exposed['printing']?.['request']?.(request)
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(PRINT_IPC_CHANNEL, { action: 'pdf', route: '/print/debrief/c1' })
  })

  it('asks main to open another folder without passing anything the page says', async () => {
    ipcRenderer.invoke.mockClear()
    await exposed['folders']?.['openAnother']?.('/etc')
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(OPEN_FOLDER_IPC_CHANNEL)
  })

  it('relays the menu’s commands by name only, ignores anything else, and stops when asked', () => {
    const heard: unknown[] = []
    const stop = exposed['shell']?.['onCommand']?.((command: unknown) => heard.push(command)) as () => void
    const [channel, relay] = (ipcRenderer.on.mock.calls.at(-1) ?? []) as [string, (event: unknown, ...args: unknown[]) => void]
    expect(channel).toBe(APP_COMMAND_CHANNEL)
    const event = { sender: 'the ipcRenderer itself' }
    relay(event, 'newDebrief')
    relay(event, 'rm -rf')
    relay(event, { command: 'newCall' })
    relay(event, 'print', 'extra')
    expect(heard).toEqual(['newDebrief', 'print'])
    stop()
    expect(ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(APP_COMMAND_CHANNEL, relay)
  })

  it('hands the page each journal change from main\'s one events channel, and nothing of IPC itself', () => {
    const subscribe = (exposed['events'] as unknown as { subscribe: (listener: (change: unknown) => void) => () => void }).subscribe
    const heard: unknown[] = []
    const stop = subscribe((change) => heard.push(change))
    const [channel, relay] = ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, change: unknown) => void]
    expect(channel).toBe(EVENTS_IPC_CHANNEL)
    relay({ sender: 'the IPC event object', ports: [] }, { type: 'changed', scope: 'journal' })
    relay({ sender: 'the IPC event object', ports: [] }, { type: 'exec', scope: 'journal' })
    expect(heard).toEqual([{ type: 'changed', scope: 'journal' }])
    stop()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(EVENTS_IPC_CHANNEL, relay)
  })
})
