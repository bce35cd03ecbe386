import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { repCountSummary } from '../../../../../renderer/src/features/reps/RepsPage'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

function dialog() {
  return screen.getByRole('dialog')
}

describe('the Reps screen', () => {
  it('offers to add the first rep, and lists the rep once added', async () => {
    const journal = fakeJournal()
    renderApp(journal.api, '/reps')
    const empty = await screen.findByRole('region', { name: 'No reps yet' })
    fireEvent.click(within(empty).getByRole('button', { name: 'Add your first rep' }))

    fireEvent.change(within(dialog()).getByLabelText('Name'), { target: { value: 'Dana Ortiz' } })
    fireEvent.change(within(dialog()).getByLabelText(/Title/), { target: { value: 'Account Executive' } })
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save rep' }))

    const table = await screen.findByRole('table', { name: 'Reps' })
    expect(within(table).getByRole('link', { name: 'Dana Ortiz' }).getAttribute('href')).toBe(`#/reps/${journal.reps[0]?.id}`)
    expect(table.textContent).toContain('Account Executive')
    expect(journal.reps).toMatchObject([{ name: 'Dana Ortiz', title: 'Account Executive', startedOn: null }])
    expect(screen.getByRole('status').textContent).toContain('Added Dana Ortiz')
  })

  it('shows the core’s validation message next to the field and keeps the dialog open', async () => {
    const journal = fakeJournal()
    renderApp(journal.api, '/reps')
    fireEvent.click(await screen.findByRole('button', { name: 'Add your first rep' }))
    fireEvent.change(within(dialog()).getByLabelText(/Start date/), { target: { value: '2026-02-30' } })
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save rep' }))

    const name = within(dialog()).getByLabelText('Name')
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    const nameError = document.getElementById(name.getAttribute('aria-describedby') ?? '')
    expect(nameError?.textContent).toBe('A name is required')
    expect(document.activeElement, 'focus goes to the field to fix').toBe(name)
    expect(journal.reps).toEqual([])
  })

  it('hides archived reps until asked, and can bring one back', async () => {
    const journal = fakeJournal()
    await journal.api.reps.create({ name: 'Dana Ortiz' })
    const lee = await journal.api.reps.create({ name: 'Lee Park' })
    if (!lee.ok) throw new Error('setup failed')
    await journal.api.reps.update({ id: lee.value.id, archived: true })
    renderApp(journal.api, '/reps')

    const table = await screen.findByRole('table', { name: 'Reps' })
    expect(within(table).queryByText('Lee Park')).toBeNull()
    expect(screen.getByText('1 active rep, 1 archived')).toBeTruthy()

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show archived reps' }))
    const row = (await screen.findByRole('link', { name: 'Lee Park' })).closest('tr')!
    expect(row.textContent).toContain('Archived')
    fireEvent.click(within(row).getByRole('button', { name: 'Unarchive Lee Park' }))
    await waitFor(() => expect(journal.reps.find((r) => r.name === 'Lee Park')?.archived).toBe(false))
    await waitFor(() => expect(row.textContent).toContain('Active'))
  })

  it('renames a rep in a dialog that starts from the current values', async () => {
    const journal = fakeJournal()
    await journal.api.reps.create({ name: 'Chris Doe', title: 'SDR' })
    renderApp(journal.api, '/reps')
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Chris Doe' }))
    const name = within(dialog()).getByLabelText<HTMLInputElement>('Name')
    expect(name.value).toBe('Chris Doe')
    expect(within(dialog()).getByLabelText<HTMLInputElement>(/Title/).value).toBe('SDR')
    fireEvent.change(name, { target: { value: 'Chris Dow' } })
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('link', { name: 'Chris Dow' })).toBeTruthy()
    expect(journal.reps[0]).toMatchObject({ name: 'Chris Dow', title: 'SDR' })
  })

  it('says when the reps cannot be loaded, and tries again on request', async () => {
    const journal = fakeJournal()
    journal.failWith('reps.list', 'IO_FAILURE', 'Coachbook is not answering.')
    renderApp(journal.api, '/reps')
    const error = await screen.findByRole('alert', { name: 'Your reps could not be loaded' })
    expect(error.textContent).toContain('Coachbook is not answering.')

    journal.restore('reps.list')
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('region', { name: 'No reps yet' })).toBeTruthy()
  })

  it('summarises how many reps are active and archived', () => {
    expect(repCountSummary(1, 0)).toBe('1 active rep')
    expect(repCountSummary(3, 2)).toBe('3 active reps, 2 archived')
  })
})
