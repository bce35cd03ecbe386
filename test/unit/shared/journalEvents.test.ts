import { describe, expect, it } from 'vitest'
import { announcesChange, changeOf } from '../../../shared/journalEvents'

describe('changeOf', () => {
  it('names what a write may have changed, so open windows re-read only that, or everything', () => {
    expect(changeOf('reps.create', 'tab-1')).toEqual({ type: 'changed', scope: 'journal', channel: 'reps.create', origin: 'tab-1' })
    expect(changeOf('settings.update').scope).toBe('settings')
    // A restore, a salvage or an import can bring other settings with the records.
    for (const channel of ['backups.restore', 'journal.salvage', 'journal.import']) expect(changeOf(channel).scope, channel).toBe('everything')
  })
})

describe('announcesChange', () => {
  it('announces every write a window shows, and not the reminders notified (no screen shows them)', () => {
    for (const channel of ['reps.create', 'debriefs.save', 'settings.update', 'reminders.updateSettings', 'journal.import']) {
      expect(announcesChange(channel), channel).toBe(true)
    }
    expect(announcesChange('reminders.takeNew')).toBe(false)
  })
})
