import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { cliInProcess } from '../../../../helpers/cliInProcess'
import { localToday } from '../../../../../shared/dates'
import { addDays } from '../../../../../shared/isoWeek'
import type { ReminderInbox } from '../../../../../shared/reminders'
import { invoke, openTempCore } from '../../../../helpers/tempJournal'

/** `coachbook reminders`, run in-process the way bin/coachbook runs it, on a real journal. */
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const cli = cliInProcess

/** A journal with a call held two days ago and never debriefed, and one tomorrow with no plan. */
async function journalWithDueWork(): Promise<string> {
  const { core, dataDir } = openTempCore()
  dirs.push(dataDir)
  const today = localToday()
  const dana = await invoke(core, 'reps.create', { name: 'Dana Ortiz' })
  await invoke(core, 'calls.create', { repId: dana.id, date: addDays(today, -2), account: 'Initech' })
  await invoke(core, 'calls.create', { repId: dana.id, date: addDays(today, 1), time: '09:30', account: 'Globex' })
  core.close()
  return dataDir
}

describe('coachbook reminders', () => {
  it('lists what is due per kind, as the inbox does, and reads only', async () => {
    const dir = await journalWithDueWork()
    const before = fs.readFileSync(`${dir}/coachbook.db`)
    const result = await cli(dir, 'reminders')
    expect(result.status, result.stderr).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(/^Due on \d{4}-\d{2}-\d{2} at \d{2}:\d{2}: \d+ reminders?\.$/)
    expect(result.stdout).toContain(`Debriefs waiting (1 call)\n  ${addDays(localToday(), -2)}  Initech, with Dana Ortiz\n`)
    // Tomorrow is never past the next working day, whatever today is.
    expect(result.stdout).toContain(`Calls to plan (1 call)\n  ${addDays(localToday(), 1)} 09:30  Globex, with Dana Ortiz: no pre-brief yet\n`)
    expect(fs.readFileSync(`${dir}/coachbook.db`).equals(before), 'the journal file is unchanged').toBe(true)
  })

  it('prints the inbox as the contract gives it with --json', async () => {
    const dir = await journalWithDueWork()
    const result = await cli(dir, 'reminders', '--json')
    expect(result.status, result.stderr).toBe(0)
    const inbox = JSON.parse(result.stdout) as ReminderInbox
    expect(inbox.groups.find((group) => group.kind === 'debrief')?.shown.map((reminder) => reminder.kind === 'debrief' && reminder.account)).toEqual(['Initech'])
  })

  it('says plainly when nothing is due, and why when every kind is turned off', async () => {
    const { core, dataDir } = openTempCore()
    dirs.push(dataDir)
    await invoke(core, 'reps.create', { name: 'Dana Ortiz' })
    core.close()
    expect((await cli(dataDir, 'reminders')).stdout).toMatch(/^Nothing due on \d{4}-\d{2}-\d{2} at \d{2}:\d{2}\.\n$/)

    const withWork = await journalWithDueWork()
    const opened = openTempCore({ dataDir: withWork })
    await invoke(opened.core, 'reminders.updateSettings', { debriefs: false, prebriefs: false, skills: false })
    opened.core.close()
    expect((await cli(withWork, 'reminders')).stdout).toMatch(/: every kind of reminder is turned off in Settings\.\n$/)
  })
})
