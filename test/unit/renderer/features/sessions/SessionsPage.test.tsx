import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { todayIso } from '../../../../../renderer/src/lib/format'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'
import { withSessions } from './sessionsFake'

async function setup() {
  const journal = fakeJournal()
  const dana = await journal.api.reps.create({ name: 'Dana Ortiz' })
  const lee = await journal.api.reps.create({ name: 'Lee Park' })
  if (!dana.ok || !lee.ok) throw new Error('setup failed')
  const sessions = withSessions(journal, [
    { id: 'old', repId: dana.value.id, date: '2026-10-02', kind: 'drill', skill: 'Opening', minutes: 15, asks: null, tells: null, rootCause: null, rootCauseNote: null, notes: null, updatedAt: null },
    { id: 'new', repId: lee.value.id, date: '2026-11-20', kind: 'one_on_one', skill: null, minutes: 30, asks: null, tells: null, rootCause: null, rootCauseNote: null, notes: null, updatedAt: null },
  ])
  return { journal, sessions, dana: dana.value, lee: lee.value }
}

describe('the Sessions screen', () => {
  it('lists sessions newest first and narrows them to one rep', async () => {
    const { journal, dana } = await setup()
    renderApp(journal.api, '/sessions')
    const table = await screen.findByRole('table', { name: 'Coaching sessions, newest first' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('One-on-one'),
      expect.stringContaining('Drill'),
    ])
    expect(within(rows[0]!).getByRole('link', { name: 'One-on-one' }).getAttribute('href')).toBe('#/sessions/new')
    expect(screen.getByText('2 sessions, 45 min in all')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('Rep'), { target: { value: dana.id } })
    const narrowed = await screen.findByRole('table', { name: 'Coaching sessions with Dana Ortiz, newest first' })
    expect(within(narrowed).getAllByRole('row')).toHaveLength(2)
    expect(window.location.search).toBe(`?rep=${dana.id}`)
  })

  it('logs a session in a dialog: rep, day and kind first, then it is listed', async () => {
    const { journal, sessions, lee } = await setup()
    renderApp(journal.api, '/sessions')
    await screen.findByRole('table')
    fireEvent.click(screen.getByRole('button', { name: 'Log session' }))
    const dialog = await screen.findByRole('dialog', { name: 'Log a coaching session' })
    expect(within(dialog).getByLabelText<HTMLInputElement>('Date').value).toBe(todayIso())

    fireEvent.click(within(dialog).getByRole('button', { name: 'Log session' }))
    expect(await within(dialog).findByText('Choose the rep you coached')).toBeTruthy()
    expect(within(dialog).getByText('Choose what kind of session it was')).toBeTruthy()
    expect(sessions).toHaveLength(2)

    fireEvent.change(within(dialog).getByLabelText('Rep'), { target: { value: lee.id } })
    fireEvent.click(within(dialog).getByRole('radio', { name: /Role play/ }))
    fireEvent.click(await within(dialog).findByRole('button', { name: /Use it/ }))
    expect(within(dialog).getByLabelText<HTMLInputElement>(/Skill worked on/).value).toBe('Holding silence after pricing')
    fireEvent.change(within(dialog).getByLabelText(/Minutes/), { target: { value: '25' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log session' }))

    await waitFor(() => expect(sessions).toHaveLength(3))
    expect(sessions[2]).toMatchObject({ repId: lee.id, kind: 'role_play', skill: 'Holding silence after pricing', minutes: 25, date: todayIso() })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4))
  })

  it('teaches what to log when there is nothing yet', async () => {
    const journal = fakeJournal()
    await journal.api.reps.create({ name: 'Dana Ortiz' })
    withSessions(journal)
    renderApp(journal.api, '/sessions')
    const empty = await screen.findByRole('region', { name: 'No coaching sessions yet' })
    expect(within(empty).getByRole('button', { name: 'Log a session' })).toBeTruthy()
  })
})

describe('a session’s own screen', () => {
  it('saves changes as they are made, and keeps an invalid value to itself', async () => {
    const { journal, sessions } = await setup()
    renderApp(journal.api, '/sessions/old')
    const minutes = await screen.findByLabelText<HTMLInputElement>(/Minutes/)
    expect(minutes.value).toBe('15')

    fireEvent.change(minutes, { target: { value: 'soon' } })
    expect(await screen.findByText('Enter whole minutes, such as 20')).toBeTruthy()
    expect(minutes.getAttribute('aria-invalid')).toBe('true')
    await new Promise((done) => setTimeout(done, 800))
    expect(sessions.find((s) => s.id === 'old')?.minutes, 'an invalid value is not saved').toBe(15)

    fireEvent.change(minutes, { target: { value: '40' } })
    await waitFor(() => expect(sessions.find((s) => s.id === 'old')?.minutes).toBe(40))
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy())
    const updates = journal.log.filter((entry) => entry.channel === 'sessions.update')
    expect(updates).toHaveLength(1)
  })

  it('deletes a session after asking', async () => {
    const { journal, sessions } = await setup()
    renderApp(journal.api, '/sessions/old')
    fireEvent.click(await screen.findByRole('button', { name: 'Delete session' }))
    const confirm = await screen.findByRole('dialog', { name: 'Delete this session?' })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete session' }))
    await waitFor(() => expect(sessions.map((s) => s.id)).toEqual(['new']))
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/reps\//))
  })

  it('says so when the session is gone', async () => {
    const { journal } = await setup()
    renderApp(journal.api, '/sessions/nope')
    expect(await screen.findByRole('heading', { level: 1, name: 'Session not found' })).toBeTruthy()
  })
})
