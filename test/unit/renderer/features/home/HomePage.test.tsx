import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ok } from '../../../../../shared/result'
import { aboutDay } from '../../../../../renderer/src/features/home/RecentActivity'
import { awaiting, callSummary, homeSummary } from '../../helpers/coachingFixtures'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

async function journalWithRep() {
  const journal = fakeJournal()
  await journal.api.reps.create({ name: 'Dana Ortiz' })
  return journal
}

describe('Home', () => {
  it('lists upcoming calls without a pre-brief, each with "Plan it" to its pre-brief', async () => {
    const journal = await journalWithRep()
    journal.override('home.summary', () =>
      ok(
        homeSummary({
          upcomingWithoutPrebrief: [
            callSummary({ id: 'c1', account: 'Northwind', opportunity: 'Rollout', date: '2026-11-24', time: '10:30' }),
            callSummary({ id: 'c2', account: 'Hooli', date: '2026-11-30', effectiveStakes: 'interstate' }),
          ],
          upcomingWithoutPrebriefTotal: 5,
        }),
      ),
    )
    renderApp(journal.api, '/')
    const plan = await screen.findByRole('region', { name: 'Plan before the call' })
    const items = within(plan).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]?.textContent).toContain('Tomorrow')
    expect(items[0]?.textContent).toContain('Northwind — Rollout')
    expect(within(items[0]!).getByRole('link', { name: /^Plan it\s?: Northwind — Rollout$/ }).getAttribute('href')).toBe('#/calls/c1/prebrief')
    expect(items[1]?.textContent).toContain('Interstate')
    expect(plan.textContent).toContain('5 without a pre-brief')
    expect(within(plan).getByText(/And 3 more/)).toBeTruthy()
  })

  it('flags debriefs more than a day late in words, not by colour alone', async () => {
    const journal = await journalWithRep()
    journal.override('home.summary', () =>
      ok(
        homeSummary({
          awaitingDebrief: [
            awaiting({ id: 'late', account: 'Initech', date: '2026-11-20', overdue: true }),
            awaiting({ id: 'fresh', account: 'Globex', date: '2026-11-23', overdue: false }),
          ],
          // A journal of years: counts grouped as the locale writes them.
          awaitingDebriefTotal: 7834,
          overdueTotal: 7733,
        }),
      ),
    )
    renderApp(journal.api, '/')
    const debriefs = await screen.findByRole('region', { name: 'Look back after the call' })
    expect(debriefs.textContent).toContain('7,834 waiting, 7,733 overdue')
    expect(debriefs.textContent).toContain('And 7,832 more')
    const [late, fresh] = within(debriefs).getAllByRole('listitem')
    expect(late?.textContent).toContain('Overdue')
    expect(late?.textContent).toContain('Held 3 days ago')
    expect(fresh?.textContent).not.toContain('Overdue')
    expect(fresh?.textContent).toContain('Today')
    expect(within(late!).getByRole('link', { name: /^Debrief it\s?in full: Initech$/ }).getAttribute('href')).toBe('#/calls/late/debrief')
  })

  it('asks the key question with this month’s rescues and the debriefed count beside it', async () => {
    const journal = await journalWithRep()
    journal.override('home.summary', () => ok(homeSummary({ thisMonth: { month: '2026-11', rescues: 3, debriefed: 8 } })))
    renderApp(journal.api, '/')
    const question = await screen.findByRole('region', { name: 'Times you took over this month' })
    expect(within(question).getByTestId('rescue-count').textContent).toBe('3of 8 debriefed calls in November 2026')
  })

  it('teaches the next step when there is nothing to plan, debrief or show', async () => {
    const journal = await journalWithRep()
    journal.override('home.summary', () => ok(homeSummary()))
    renderApp(journal.api, '/')
    const plan = await screen.findByRole('region', { name: 'Plan before the call' })
    expect(plan.textContent).toContain('Every call coming up has a plan')
    expect(screen.getByRole('region', { name: 'Look back after the call' }).textContent).toContain('within a day')
    expect(screen.getByRole('region', { name: 'Recent activity' }).textContent).toContain('Nothing recorded yet')
    expect(screen.getByRole('region', { name: 'Times you took over this month' }).textContent).toContain('no calls debriefed')
  })

  it('greets a new journal with the method and two settings, then starts at the first steps', async () => {
    const journal = fakeJournal()
    journal.override('home.summary', () => ok(homeSummary()))
    renderApp(journal.api, '/')
    const welcome = await screen.findByRole('region', { name: 'Welcome to Coachbook' })
    expect(welcome.textContent).toContain('Sidewalk or interstate')
    expect(welcome.textContent).toContain('Why rescuing costs the rep')
    fireEvent.change(within(welcome).getByLabelText(/Interstate from a deal value of/), { target: { value: '150000' } })
    fireEvent.change(within(welcome).getByLabelText('Currency'), { target: { value: 'EUR' } })
    fireEvent.click(within(welcome).getByRole('button', { name: 'Start my journal' }))

    const start = await screen.findByRole('region', { name: 'Get started' })
    expect(await journal.api.settings.get({})).toMatchObject({ ok: true, value: { interstateThreshold: 150000, currency: 'EUR' } })
    expect(screen.queryByRole('region', { name: 'Welcome to Coachbook' })).toBeNull()
    // The step opens the dialog it names, here, rather than a page where it must be asked for again.
    fireEvent.click(within(start).getByRole('button', { name: 'Add your first rep' }))
    expect(await screen.findByRole('dialog', { name: 'Add a rep' })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Plan before the call' })).toBeNull()
  })

  it('says when Home cannot be loaded, and tries again', async () => {
    const journal = await journalWithRep()
    journal.failWith('home.summary', 'IO_FAILURE', 'Coachbook is not answering.')
    renderApp(journal.api, '/')
    const error = await screen.findByRole('alert', { name: 'Home could not be loaded' })
    expect(error.textContent).toContain('Coachbook is not answering.')
    journal.override('home.summary', () => ok(homeSummary()))
    within(error).getByRole('button', { name: 'Try again' }).click()
    await waitFor(() => expect(screen.getByRole('region', { name: 'Plan before the call' })).toBeTruthy())
  })

  it('names the day an activity is about as the rest of the app does, near days in words', () => {
    expect(aboutDay({ kind: 'call_created', day: '2026-11-02' }, '2026-11-23')).toBe('call on Nov 2, 2026')
    expect(aboutDay({ kind: 'prebrief_saved', day: '2026-11-24' }, '2026-11-23')).toBe('call tomorrow')
    expect(aboutDay({ kind: 'session_logged', day: '2026-11-23' }, '2026-11-23')).toBe('session today')
  })
})
