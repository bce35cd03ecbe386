import type { InputOf } from '../../../shared/contract'
import type { Call, CoachingSession, Rep } from '../../../shared/entities'
import type { JournalApi } from '../journalApi'

/** A calendar day `offset` days from today, as the page (and the server) see today: UTC in tests. */
export function dayFromToday(offset: number, now = new Date()): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
  return day.toISOString().slice(0, 10)
}

/** A one-paragraph rich-text note. */
export function note(text: string) {
  return { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

export function addSession(journal: JournalApi, input: InputOf<'sessions', 'create'>): Promise<CoachingSession> {
  return journal.call('sessions.create', input)
}

export type CoachingJournal = {
  dana: Rep
  lee: Rep
  upcoming: Call
  overdue: Call
  lost: Call
  rescued: Call
  session: CoachingSession
}

/**
 * A small journal with a bit of everything the coaching screens show: an upcoming call without
 * a plan, a held call waiting (too long) for its debrief, a lost deal with its lesson, a rescue
 * that opened a skill to drill, and a coaching session.
 */
export async function seedCoachingJournal(journal: JournalApi): Promise<CoachingJournal> {
  await journal.connect()
  await journal.updateSettings({ interstateThreshold: 250000, currency: 'USD' })
  const dana = await journal.addRep({ name: 'Dana Ortiz', title: 'Account Executive', startedOn: '2025-02-03' })
  const lee = await journal.addRep({ name: 'Lee Park', title: 'SDR' })
  const upcoming = await journal.addCall({
    repId: dana.id,
    date: dayFromToday(1),
    time: '10:30',
    account: 'Northwind Traders',
    opportunity: 'Warehouse rollout',
    dealValue: 60000,
    stage: 'demo',
  })
  const overdue = await journal.addCall({ repId: lee.id, date: dayFromToday(-3), account: 'Initech', opportunity: 'Renewal', dealValue: 18000 })
  const lost = await journal.addCall({
    repId: dana.id,
    date: dayFromToday(-6),
    account: 'Globex',
    opportunity: 'Fleet tracking',
    dealValue: 90000,
    stage: 'proposal',
  })
  await journal.savePrebrief({
    callId: lost.id,
    prebrief: { plannedRole: 'depth_and_breadth', purpose: 'training', objective: 'Run a proper discovery of the fleet needs' },
  })
  await journal.saveDebrief({
    callId: lost.id,
    debrief: {
      actualRole: 'depth_and_breadth',
      outcome: 'lost',
      rootCause: 'unknown_questions',
      lesson: 'Qualify the budget before the demo, not after',
      notes: note('The customer asked for a résumé of similar rollouts.'),
    },
  })
  const rescued = await journal.addCall({
    repId: dana.id,
    date: dayFromToday(-2),
    time: '14:00',
    account: 'Acme Corp',
    opportunity: 'Fleet renewal',
    dealValue: 42000,
    stage: 'negotiation',
  })
  await journal.savePrebrief({ callId: rescued.id, prebrief: { plannedRole: 'technical_expert', purpose: 'team', objective: 'Agree the pilot scope' } })
  await journal.saveDebrief({
    callId: rescued.id,
    debrief: {
      actualRole: 'crutch',
      outcome: 'advanced',
      rescueInitiator: 'me',
      rescueFear: 'quarter_pressure',
      rootCause: 'confidence',
      lesson: 'Let the silence after the price do its work',
      skillToDrill: 'Holding silence after pricing',
      drillType: 'role_play',
      drillReps: 3,
    },
  })
  const session = await addSession(journal, {
    repId: dana.id,
    date: dayFromToday(-1),
    kind: 'role_play',
    skill: 'Holding silence after pricing',
    minutes: 20,
    notes: note('Three rounds; the second pause held for a full five seconds.'),
  })
  return { dana, lee, upcoming, overdue, lost, rescued, session }
}
