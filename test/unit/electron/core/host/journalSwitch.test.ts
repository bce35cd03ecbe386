import fs from 'node:fs'
import path from 'node:path'
import { afterEach, expect, inject, it } from 'vitest'
import { startJournalSwitch, type JournalSwitch } from '../../../../../electron/core/host/journalSwitch'
import { DEMO_CALLS, DEMO_FOLDER } from '../../../../../shared/firstRun'
import type { JournalChange } from '../../../../../shared/journalEvents'
import { makeTempDataDir } from '../../../../helpers/tempJournal'

/** The built worker of this run (test/unit/setup/appBuild.ts): the core's thread as it ships. */
const workerFile = path.join(inject('appBuildDir'), 'main', 'coreWorker.js')

const dirs: string[] = []
const switches: JournalSwitch[] = []
afterEach(async () => {
  for (const journals of switches.splice(0)) await journals.close()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(onChange: (change: JournalChange) => void = () => undefined) {
  const dataDir = makeTempDataDir('coachbook-switch-')
  dirs.push(dataDir)
  const journals = await startJournalSwitch({ workerFile, dataDir, face: 'browser', appVersion: '0.0.0-test', onChange })
  switches.push(journals)
  return { journals, dataDir }
}

async function value(journals: JournalSwitch, channel: string, input: unknown = {}): Promise<unknown> {
  const result = await journals.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

it('opens a seeded demo journal in its own folder, leaving the real journal untouched', async () => {
  const changes: JournalChange[] = []
  const { journals, dataDir } = await start((change) => changes.push(change))
  await value(journals, 'reps.create', { name: 'My Real Rep' })
  expect(await value(journals, 'demo.status')).toEqual({ available: true, open: false, exists: false })

  expect(await value(journals, 'demo.open')).toEqual({ available: true, open: true, exists: true })
  expect(fs.existsSync(path.join(dataDir, DEMO_FOLDER, 'coachbook.db'))).toBe(true)
  const demoReps = (await value(journals, 'reps.list', { includeArchived: true })) as Array<{ name: string }>
  expect(demoReps.length).toBeGreaterThan(3)
  expect(demoReps.map((rep) => rep.name)).not.toContain('My Real Rep')
  const calls = (await value(journals, 'calls.list', { limit: 1, offset: 0 })) as { total: number }
  expect(calls.total).toBe(DEMO_CALLS)
  expect(changes).toContainEqual(expect.objectContaining({ scope: 'everything', channel: 'demo.open' }))

  // A write while the demo is open lands in the demo only.
  await value(journals, 'reps.create', { name: 'Demo Only Rep' })
  expect(await value(journals, 'demo.close')).toEqual({ available: true, open: false, exists: true })
  const realReps = (await value(journals, 'reps.list', { includeArchived: true })) as Array<{ name: string }>
  expect(realReps.map((rep) => rep.name)).toEqual(['My Real Rep'])
  expect(changes).toContainEqual(expect.objectContaining({ scope: 'everything', channel: 'demo.close' }))
})

it('reopens the same demo journal rather than seeding another, and removes it in one call', async () => {
  const { journals, dataDir } = await start()
  await value(journals, 'demo.open')
  await value(journals, 'reps.create', { name: 'Kept Between Openings' })
  await value(journals, 'demo.close')
  await value(journals, 'demo.open')
  const reps = (await value(journals, 'reps.list', { includeArchived: true })) as Array<{ name: string }>
  expect(reps.map((rep) => rep.name)).toContain('Kept Between Openings')

  expect(await value(journals, 'demo.remove')).toEqual({ available: true, open: false, exists: false })
  expect(fs.existsSync(path.join(dataDir, DEMO_FOLDER))).toBe(false)
  expect(fs.existsSync(path.join(dataDir, 'coachbook.db'))).toBe(true)
  expect(await value(journals, 'reps.list', { includeArchived: true })).toEqual([])
})

it('refuses input to demo operations and names unknown ones', async () => {
  const { journals } = await start()
  expect(await journals.invoke('demo.open', { force: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await journals.invoke('demo.wipe', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await value(journals, 'demo.status')).toMatchObject({ open: false })
})
