import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { FIRST_RUN_MARKER } from '../../../../../electron/core/services/firstRun'
import { invoke, invokeResult, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore
beforeEach(() => {
  temp = openTempCore()
})
afterEach(() => temp.cleanup())

it('greets a new journal: empty and not dismissed', async () => {
  expect(await invoke(temp.core, 'firstRun.status', {})).toEqual({ empty: true, dismissed: false })
})

it('counts a journal with only a rep, or only a session, as no longer empty', async () => {
  const rep = await invoke(temp.core, 'reps.create', { name: 'Dana Ortiz' })
  expect(await invoke(temp.core, 'firstRun.status', {})).toMatchObject({ empty: false })
  await invoke(temp.core, 'reps.delete', { id: rep.id })
  expect(await invoke(temp.core, 'firstRun.status', {})).toMatchObject({ empty: true })
})

it('remembers the dismissal in the data folder, across reopening', async () => {
  expect(await invoke(temp.core, 'firstRun.dismiss', {})).toEqual({ empty: true, dismissed: true })
  expect(fs.existsSync(path.join(temp.dataDir, FIRST_RUN_MARKER))).toBe(true)
  temp.core.close()
  temp = openTempCore({ dataDir: temp.dataDir })
  expect(await invoke(temp.core, 'firstRun.status', {})).toEqual({ empty: true, dismissed: true })
})

it('has no demo journal on its own: only the faces that switch journals open one', async () => {
  expect(await invoke(temp.core, 'demo.status', {})).toEqual({ available: false, open: false, exists: false })
  expect(await invokeResult(temp.core, 'demo.open', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})
