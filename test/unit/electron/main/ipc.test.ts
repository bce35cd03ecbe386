import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../../shared/channels'
import type { Handlers } from '../../../../shared/contract'
import type { Result } from '../../../../shared/result'
import { appLocation } from '../../../../electron/main/appLocation'
import { registerIpc } from '../../../../electron/main/ipc'
import { invokeHandlers } from '../../../../shared/invoke'
import { openTempCore, type TempCore } from '../../../helpers/tempJournal'
import { ipcMain, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

const location = appLocation({ outMainDir: path.resolve('/opt/coachbook/out/main') })
const appUrl = 'app://coachbook/index.html'

type Frame = { url: string; parent: Frame | null } | null
type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) => Promise<Result<unknown>>

/** Every handler a spy: proves whether a refused call reached the core at all. */
function spyHandlers(): Handlers {
  const handlers: Record<string, Record<string, ReturnType<typeof vi.fn>>> = {}
  for (const channel of CHANNEL_NAMES) {
    const [ns, method] = channel.split('.') as [string, string]
    ;(handlers[ns] ??= {})[method] = vi.fn(() => 'called')
  }
  return handlers as unknown as Handlers
}

function registered(): Map<string, Handler> {
  return new Map(ipcMain.handle.mock.calls.map(([name, handler]) => [name as string, handler as Handler]))
}

function invoke(channel: string, frame: Frame, input: unknown): Promise<Result<unknown>> {
  const handler = registered().get(IPC_PREFIX + channel)
  if (!handler) throw new Error(`${channel} is not registered`)
  return handler({ senderFrame: frame } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>, input)
}

const appFrame: Frame = { url: `${appUrl}#/reps`, parent: null }

let temp: TempCore | undefined
beforeEach(resetElectronMock)
afterEach(() => {
  temp?.cleanup()
  temp = undefined
})

describe('IPC registration', () => {
  it('registers every contract channel, prefixed, and nothing else', () => {
    registerIpc(invokeHandlers(spyHandlers()), location)
    expect([...registered().keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => IPC_PREFIX + c).sort())
  })

  it('removes them all again', () => {
    const unregister = registerIpc(invokeHandlers(spyHandlers()), location)
    unregister()
    expect(ipcMain.removeHandler.mock.calls.map(([name]) => name as string).sort()).toEqual(
      CHANNEL_NAMES.map((c) => IPC_PREFIX + c).sort(),
    )
  })
})

describe('the sender check', () => {
  const refused: [string, Frame][] = [
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['another local file', { url: pathToFileURL('/tmp/evil.html').href, parent: null }],
    ['the renderer file over file://', { url: pathToFileURL(path.join(location.rendererDir, 'index.html')).href, parent: null }],
    ['another page of the app scheme', { url: 'app://coachbook/evil.html', parent: null }],
    ['another host of the app scheme', { url: 'app://elsewhere/index.html', parent: null }],
    ['a dev-server page in production', { url: 'http://localhost:5173/', parent: null }],
    ['a subframe of the app', { url: appUrl, parent: { url: appUrl, parent: null } }],
    ['no frame at all', null],
  ]

  it.each(refused)('refuses %s with UNAUTHORIZED without calling the core', async (_label, frame) => {
    const handlers = spyHandlers()
    registerIpc(invokeHandlers(handlers), location)
    const result = await invoke('reps.list', frame, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(handlers.reps.list).not.toHaveBeenCalled()
  })

  it('refuses a destroyed frame (reading it throws)', async () => {
    const handlers = spyHandlers()
    registerIpc(invokeHandlers(handlers), location)
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed')
      },
      parent: null,
    }
    const result = await invoke('app.info', destroyed, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(handlers.app.info).not.toHaveBeenCalled()
  })

  it('lets the app frame through', async () => {
    const handlers = spyHandlers()
    registerIpc(invokeHandlers(handlers), location)
    await expect(invoke('reps.list', appFrame, {})).resolves.toEqual({ ok: true, value: 'called' })
    expect(handlers.reps.list).toHaveBeenCalledTimes(1)
  })
})

describe('calls through to the core', () => {
  it('names the asking window as the origin, so its own change is not announced back to it', async () => {
    const seen: Array<string | undefined> = []
    registerIpc((_channel, _input, origin) => {
      seen.push(origin)
      return Promise.resolve({ ok: true, value: null })
    }, location)
    const handler = registered().get(`${IPC_PREFIX}debriefs.save`) as unknown as (event: unknown, input: unknown) => Promise<unknown>
    await handler({ senderFrame: appFrame, sender: { id: 7 } }, {})
    expect(seen).toEqual(['window-7'])
  })

  it('validates through dispatch: invalid input is INVALID_INPUT and never reaches the handler', async () => {
    const handlers = spyHandlers()
    registerIpc(invokeHandlers(handlers), location)
    const result = await invoke('reps.create', appFrame, { name: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(handlers.reps.create).not.toHaveBeenCalled()
  })

  it('a valid call against a real journal answers ok', async () => {
    temp = openTempCore({ face: 'electron' })
    registerIpc(invokeHandlers(temp.core.handlers), location)
    const created = await invoke('reps.create', appFrame, { name: 'Dana Ortiz' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Dana Ortiz', archived: false } })
    const listed = await invoke('reps.list', appFrame, undefined)
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Dana Ortiz' }] })
  })

  it('an operation failure comes back as a Result, not a rejection', async () => {
    temp = openTempCore({ face: 'electron' })
    registerIpc(invokeHandlers(temp.core.handlers), location)
    await expect(invoke('reps.get', appFrame, { id: 'missing' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
