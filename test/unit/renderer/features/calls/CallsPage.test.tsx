import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { todayIso } from '../../../../../renderer/src/lib/format'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

async function journalWithRep() {
  const journal = fakeJournal()
  const rep = await journal.api.reps.create({ name: 'Dana Ortiz' })
  if (!rep.ok) throw new Error('setup failed')
  return { journal, repId: rep.value.id }
}

describe('the Calls screen', () => {
  it('sends a manager without reps to add one first', async () => {
    renderApp(fakeJournal().api, '/calls')
    const empty = await screen.findByRole('region', { name: 'Add your first rep' })
    expect(within(empty).getByRole('link', { name: 'Add your first rep' }).getAttribute('href')).toBe('#/reps')
    expect(screen.queryByRole('button', { name: 'New call' })).toBeNull()
  })

  it('records a call with today’s date by default and the only rep already chosen', async () => {
    const { journal, repId } = await journalWithRep()
    renderApp(journal.api, '/calls')
    fireEvent.click(await screen.findByRole('button', { name: 'Record your first call' }))
    const form = screen.getByRole('dialog')
    expect((await within(form).findByLabelText<HTMLInputElement>('Date')).value).toBe(todayIso())
    await waitFor(() => expect(within(form).getByLabelText<HTMLSelectElement>('Rep').value).toBe(repId))

    fireEvent.change(within(form).getByLabelText(/Account/), { target: { value: 'Acme Corp' } })
    fireEvent.change(within(form).getByLabelText(/Deal value \(USD\)/), { target: { value: '42,000' } })
    fireEvent.click(within(form).getByRole('radio', { name: 'Interstate' }))
    fireEvent.click(within(form).getByRole('button', { name: 'Save call' }))

    const table = await screen.findByRole('table', { name: 'Calls, newest first' })
    expect(table.textContent).toContain('Acme Corp')
    expect(table.textContent).toContain('$42,000')
    expect(table.textContent).toContain('Interstate')
    expect(journal.calls).toMatchObject([{ repId, date: todayIso(), account: 'Acme Corp', dealValue: 42000, stakes: 'interstate', time: null }])
  })

  it('stops a deal value that is not a number before it is sent', async () => {
    const { journal } = await journalWithRep()
    renderApp(journal.api, '/calls')
    fireEvent.click(await screen.findByRole('button', { name: 'New call' }))
    const form = screen.getByRole('dialog')
    const value = await within(form).findByLabelText(/Deal value/)
    fireEvent.change(value, { target: { value: 'a lot' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save call' }))

    expect(value.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(value.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/number/)
    expect(document.activeElement).toBe(value)
    expect(journal.log.some((entry) => entry.channel === 'calls.create')).toBe(false)
  })

  it('shows the core’s answer about the date next to the date', async () => {
    const { journal } = await journalWithRep()
    renderApp(journal.api, '/calls')
    fireEvent.click(await screen.findByRole('button', { name: 'New call' }))
    const form = screen.getByRole('dialog')
    const date = await within(form).findByLabelText('Date')
    fireEvent.change(date, { target: { value: '' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save call' }))
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'))
    expect(document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Use a date in the form YYYY-MM-DD')
  })

  it('lists calls newest first with deal values in the journal’s currency', async () => {
    const { journal, repId } = await journalWithRep()
    await journal.api.settings.update({ currency: 'EUR' })
    await journal.api.calls.create({ repId, date: '2026-01-10', account: 'Older', dealValue: 1000 })
    await journal.api.calls.create({ repId, date: '2026-03-01', account: 'Newer', dealValue: 250000 })
    renderApp(journal.api, '/calls')

    const table = await screen.findByRole('table', { name: 'Calls, newest first' })
    const names = within(table)
      .getAllByRole('link')
      .map((link) => link.textContent)
    expect(names).toEqual(['Newer', 'Older'])
    expect(table.textContent).toContain('€250,000')
    expect(screen.getByText('2 calls')).toBeTruthy()
  })

  it('opens a call, and deletes it only after confirmation', async () => {
    const { journal, repId } = await journalWithRep()
    const created = await journal.api.calls.create({ repId, date: '2026-03-01', account: 'Acme Corp', opportunity: 'Renewal' })
    if (!created.ok) throw new Error('setup failed')
    renderApp(journal.api, `/calls/${created.value.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Corp — Renewal' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Coaching' }).textContent).toContain('Not planned yet')

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    const confirm = screen.getByRole('dialog')
    expect(document.activeElement, 'the safe choice has the focus').toBe(within(confirm).getByRole('button', { name: 'Cancel' }))
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(journal.calls).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete call' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Calls' })).toBeTruthy()
    expect(window.location.hash).toBe('#/calls')
    expect(journal.calls).toEqual([])
  })

  it('says when a call is not in the journal', async () => {
    renderApp(fakeJournal().api, '/calls/nope')
    expect(await screen.findByRole('heading', { level: 1, name: 'Call not found' })).toBeTruthy()
  })

  it('asks the core for the split, the filters and the order chosen, and keeps them in the address', async () => {
    const { journal, repId } = await journalWithRep()
    await journal.api.calls.create({ repId, date: '2026-11-02', account: 'Acme Corp' })
    renderApp(journal.api, '/calls')
    await screen.findByRole('table', { name: 'Calls, newest first' })
    const lastList = () => journal.log.filter((entry) => entry.channel === 'calls.list').at(-1)?.input
    fireEvent.click(screen.getByRole('radio', { name: 'Upcoming' }))
    await waitFor(() => expect(lastList()).toMatchObject({ when: 'upcoming', sort: 'date', direction: 'asc', today: todayIso() }))
    fireEvent.change(screen.getByLabelText('Stakes'), { target: { value: 'sidewalk' } })
    fireEvent.change(screen.getByLabelText('Your role'), { target: { value: 'crutch' } })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Waiting for a debrief' }))
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'dealValue' } })
    await waitFor(() =>
      expect(lastList()).toMatchObject({ when: 'upcoming', stakes: 'sidewalk', role: 'crutch', awaitingDebrief: true, sort: 'dealValue', direction: 'desc' }),
    )
    expect(new URLSearchParams(window.location.search).get('stakes')).toBe('sidewalk')
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(lastList()).toEqual({ when: 'upcoming', sort: 'dealValue', direction: 'desc', today: todayIso(), limit: 100, offset: 0 }))
  })
})

