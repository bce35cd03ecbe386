import { afterEach, beforeEach, expect, it } from 'vitest'
import { CHANNELS, splitChannel } from '../../../../shared/contract'
import { dispatch } from '../../../../shared/dispatch'
import { openTempCore, type TempCore } from '../../../helpers/tempJournal'

let temp: TempCore
beforeEach(() => {
  temp = openTempCore()
})
afterEach(() => temp.cleanup())

it('implements every operation of the contract', () => {
  const handlers = temp.core.handlers as unknown as Record<string, Record<string, unknown>>
  for (const channel of CHANNELS) {
    const [ns, method] = splitChannel(channel)
    expect(typeof handlers[ns]?.[method], channel).toBe('function')
  }
  const implemented = Object.entries(handlers).flatMap(([ns, methods]) => Object.keys(methods).map((m) => `${ns}.${m}`))
  expect(implemented.sort()).toEqual([...CHANNELS].sort())
})

it('answers every read operation with a value through dispatch on an empty journal', async () => {
  for (const channel of ['app.info', 'reps.list', 'calls.list', 'sessions.list', 'settings.get', 'journal.export']) {
    expect(await dispatch(temp.core.handlers, channel, {}), channel).toMatchObject({ ok: true })
  }
})
