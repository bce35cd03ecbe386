import type { CoachingSession } from '../../../../../shared/entities'
import { fail, ok } from '../../../../../shared/result'
import type { fakeJournal } from '../../helpers/fakeJournal'

type Journal = ReturnType<typeof fakeJournal>

/** Coaching sessions for the fake journal (it has none of its own), kept in a plain array. */
export function withSessions(journal: Journal, initial: CoachingSession[] = []) {
  const sessions = [...initial]
  let next = 1
  journal.override('sessions.list', (input) => {
    const { repId } = input as { repId?: string }
    return ok(sessions.filter((s) => repId === undefined || s.repId === repId))
  })
  journal.override('sessions.create', (input) => {
    const i = input as Omit<CoachingSession, 'id'> & { id?: string }
    const session: CoachingSession = {
      id: i.id || `s${next++}`,
      repId: i.repId,
      date: i.date,
      kind: i.kind,
      skill: i.skill ?? null,
      minutes: i.minutes ?? null,
      asks: i.asks ?? null,
      tells: i.tells ?? null,
      rootCause: i.rootCause ?? null,
      rootCauseNote: i.rootCauseNote ?? null,
      notes: i.notes ?? null,
      updatedAt: '2026-11-04T10:00:00.000Z',
    }
    sessions.push(session)
    return ok(session)
  })
  journal.override('sessions.update', (input) => {
    const { id, base: _base, ...changes } = input as Partial<CoachingSession> & { id: string; base?: unknown }
    const session = sessions.find((s) => s.id === id)
    if (!session) return fail('NOT_FOUND', 'That coaching session is not in the journal')
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) Object.assign(session, { [key]: value })
    return ok({ session: { ...session }, conflicts: [] })
  })
  journal.override('sessions.delete', (input) => {
    const { id } = input as { id: string }
    const at = sessions.findIndex((s) => s.id === id)
    if (at === -1) return fail('NOT_FOUND', 'That coaching session is not in the journal')
    sessions.splice(at, 1)
    return ok({ id })
  })
  journal.override('reps.nextSkillFocus', () => ok({ skill: 'Holding silence after pricing', fromCallId: 'c1' }))
  return sessions
}
