import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ok } from '../../../../../shared/result'
import { callSummary, openSkill, repOverview } from '../../helpers/coachingFixtures'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

describe('the rep page', () => {
  it('shows the timeline with planned → played roles, open skills, lessons, root causes and rescues', async () => {
    const journal = fakeJournal()
    journal.override('reps.overview', () =>
      ok(
        repOverview({
          timeline: [
            { kind: 'session', date: '2026-11-22', session: { id: 's1', repId: 'r1', date: '2026-11-22', kind: 'role_play', skill: 'Silence', minutes: 20, asks: null, tells: null, rootCause: null, rootCauseNote: null, notes: null, updatedAt: null } },
            {
              kind: 'call',
              date: '2026-11-21',
              call: callSummary({ id: 'c1', account: 'Acme Corp', date: '2026-11-21', plannedRole: 'technical_expert', actualRole: 'crutch', outcome: 'advanced' }),
            },
          ],
          timelineTotal: 2,
          openSkills: [openSkill({ skill: 'Holding silence after pricing', drillType: 'role_play', drillReps: 3, target: 3, done: 1, openedOn: '2026-11-21', fromCallId: 'c1' })],
          lostDealLessons: [{ callId: 'c0', date: '2026-11-10', account: 'Globex', opportunity: null, lesson: 'Qualify the budget first' }],
          rootCauses: { confidence: 2, competence: 0, unknown_questions: 1, fear_of_stump: 0, messaging: 0, delivery: 0, other: 0 },
          thisMonth: { month: '2026-11', rescues: 1, debriefed: 4 },
        }),
      ),
    )
    renderApp(journal.api, '/reps/r1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Ortiz' })).toBeTruthy()

    const timeline = screen.getByRole('table', { name: 'Calls with Dana Ortiz and coaching sessions, newest first' })
    const rows = within(timeline).getAllByRole('row').slice(1)
    expect(rows[0]?.textContent).toContain('Role play — Silence')
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('#/sessions/s1')
    expect(rows[1]?.textContent).toContain('Technical expert → , played: Crutch (rescue)')
    expect(rows[1]?.textContent).toContain('Advanced')
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe('#/calls/c1')

    const skills = screen.getByRole('region', { name: 'Open skills to drill' })
    expect(skills.textContent).toContain('Holding silence after pricing')
    expect(skills.textContent).toContain('1 of 3 repetitions')
    expect(skills.textContent).toContain('Role play')
    expect(within(skills).getByRole('button', { name: 'Mastered: Holding silence after pricing' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Lessons from lost deals' }).textContent).toContain('Qualify the budget first')

    const tally = screen.getByRole('table', { name: 'Root causes diagnosed in debriefs with Dana Ortiz' })
    const confidence = within(tally).getByRole('row', { name: /Confidence/ })
    expect(within(confidence).getByRole('cell', { name: '2' })).toBeTruthy()

    expect(screen.getByRole('region', { name: 'Times you took over for Dana Ortiz in November 2026' }).textContent).toContain('1of 4 debriefed calls')
  })

  it('teaches what each empty part is for', async () => {
    const journal = fakeJournal()
    journal.override('reps.overview', () => ok(repOverview()))
    renderApp(journal.api, '/reps/r1')
    const empty = await screen.findByRole('region', { name: 'Nothing recorded yet' })
    expect(within(empty).getByRole('button', { name: 'Record a call with Dana Ortiz' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Open skills to drill' }).textContent).toContain('Nothing open')
    expect(screen.getByRole('region', { name: 'Lessons from lost deals' }).textContent).toContain('None yet')
    expect(screen.getByRole('region', { name: 'Root causes' }).textContent).toContain('No root cause recorded yet')
  })

  it('opens the session form with the rep chosen from "Log a coaching session"', async () => {
    const journal = fakeJournal()
    const rep = await journal.api.reps.create({ name: 'Dana Ortiz' })
    await journal.api.reps.create({ name: 'Lee Park' })
    if (!rep.ok) throw new Error('setup failed')
    journal.override('reps.overview', () => ok(repOverview({ rep: rep.value })))
    journal.override('reps.nextSkillFocus', () => ok({ skill: null, fromCallId: null }))
    renderApp(journal.api, `/reps/${rep.value.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Dana Ortiz' })
    fireEvent.click(screen.getAllByRole('button', { name: 'Log a coaching session' })[0]!)
    const dialog = await screen.findByRole('dialog', { name: 'Log a coaching session' })
    await waitFor(() => expect(within(dialog).getByLabelText<HTMLSelectElement>('Rep').value).toBe(rep.value.id))
  })

  it('says so when the rep is not in the journal', async () => {
    const journal = fakeJournal()
    journal.failWith('reps.overview', 'NOT_FOUND', 'That rep is not in the journal')
    renderApp(journal.api, '/reps/nobody')
    expect(await screen.findByRole('heading', { level: 1, name: 'Rep not found' })).toBeTruthy()
  })
})
