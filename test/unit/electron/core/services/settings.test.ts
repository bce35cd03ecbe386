import { afterEach, beforeEach, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../../../shared/entities'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore
beforeEach(() => {
  temp = openTempCore()
})
afterEach(() => temp.cleanup())

it('starts with the default settings', async () => {
  expect(await invoke(temp.core, 'settings.get', {})).toEqual(DEFAULT_SETTINGS)
})

it('patches the settings: absent keys stay, a null threshold clears it', async () => {
  expect(await invoke(temp.core, 'settings.update', { interstateThreshold: 250000, paperSize: 'a4' })).toEqual({
    ...DEFAULT_SETTINGS,
    interstateThreshold: 250000,
    paperSize: 'a4',
  })
  expect(await invoke(temp.core, 'settings.update', { currency: 'EUR', weekStart: 'sunday' })).toEqual({
    interstateThreshold: 250000,
    currency: 'EUR',
    paperSize: 'a4',
    weekStart: 'sunday',
  })
  expect(await invoke(temp.core, 'settings.update', { interstateThreshold: null })).toMatchObject({ interstateThreshold: null, currency: 'EUR' })
  expect(await invoke(temp.core, 'settings.get', {})).toEqual({
    interstateThreshold: null,
    currency: 'EUR',
    paperSize: 'a4',
    weekStart: 'sunday',
  })
})

it('refuses a malformed currency or an unknown paper size and keeps the settings', async () => {
  expect(await invokeResult(temp.core, 'settings.update', { currency: 'euro' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: 'currency: Use a three-letter currency code such as USD or EUR' },
  })
  expect(await invokeResult(temp.core, 'settings.update', { paperSize: 'a3' as never })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
  expect(await invoke(temp.core, 'settings.get', {})).toEqual(DEFAULT_SETTINGS)
})

it('moves the stakes of calls when the threshold changes', async () => {
  const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  const call = await invoke(temp.core, 'calls.create', { repId: rep.id, date: '2026-11-02', dealValue: 300000 })
  expect((await invoke(temp.core, 'calls.get', { id: call.id })).effectiveStakes).toBe('sidewalk')
  await invoke(temp.core, 'settings.update', { interstateThreshold: 300000 })
  expect((await invoke(temp.core, 'calls.get', { id: call.id })).effectiveStakes).toBe('interstate')
})
