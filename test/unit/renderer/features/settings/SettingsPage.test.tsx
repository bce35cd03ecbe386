import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ok } from '../../../../../shared/result'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

function setup() {
  const journal = fakeJournal()
  journal.override('app.info', () =>
    ok({ name: 'Coachbook', version: '0.1.0', schemaVersion: 4, dataDir: '/home/dana/.config/Coachbook', databasePath: '/home/dana/.config/Coachbook/coachbook.db', face: 'electron' }),
  )
  return journal
}

const settingsUpdates = (journal: ReturnType<typeof fakeJournal>) => journal.log.filter((entry) => entry.channel === 'settings.update')

describe('Settings', () => {
  it('saves the threshold as it is typed and says so', async () => {
    const journal = setup()
    renderApp(journal.api, '/settings')
    const threshold = await screen.findByLabelText<HTMLInputElement>(/Interstate threshold/)
    expect(threshold.value).toBe('')
    expect(screen.getByText(/Leave it empty to count every call as sidewalk/)).toBeTruthy()
    fireEvent.change(threshold, { target: { value: '250,000' } })
    await waitFor(() => expect(settingsUpdates(journal).at(-1)?.input).toMatchObject({ interstateThreshold: 250000 }))
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy())
    expect(screen.getByText(/Now: interstate from \$250,000/)).toBeTruthy()
  })

  it('shows a wrong value next to its field and does not save it', async () => {
    const journal = setup()
    renderApp(journal.api, '/settings')
    const threshold = await screen.findByLabelText<HTMLInputElement>(/Interstate threshold/)
    fireEvent.change(threshold, { target: { value: 'a lot' } })
    const message = await screen.findByText('Enter an amount such as 250000, or leave it empty')
    expect(threshold.getAttribute('aria-describedby')).toContain(message.id)
    expect(threshold.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Fix the highlighted field to save')).toBeTruthy()
    await new Promise((done) => setTimeout(done, 900))
    expect(settingsUpdates(journal)).toEqual([])
  })

  it('offers common currencies and takes another code typed in', async () => {
    const journal = setup()
    renderApp(journal.api, '/settings')
    const currency = await screen.findByLabelText<HTMLSelectElement>('Currency')
    expect([...currency.options].map((o) => o.value)).toEqual(expect.arrayContaining(['USD', 'EUR', 'GBP', 'other']))
    fireEvent.change(currency, { target: { value: 'other' } })
    const code = await screen.findByLabelText<HTMLInputElement>('Currency code')
    fireEvent.change(code, { target: { value: 'thb' } })
    expect(code.value).toBe('THB')
    await waitFor(() => expect(settingsUpdates(journal).at(-1)?.input).toMatchObject({ currency: 'THB' }))

    fireEvent.change(code, { target: { value: 'TH' } })
    expect(await screen.findByText('Use a three-letter currency code such as USD or EUR')).toBeTruthy()
  })

  it('saves paper size and week start when picked', async () => {
    const journal = setup()
    renderApp(journal.api, '/settings')
    fireEvent.click(await screen.findByRole('radio', { name: 'A4' }))
    fireEvent.click(screen.getByRole('radio', { name: 'Sunday' }))
    await waitFor(() => expect(settingsUpdates(journal).at(-1)?.input).toMatchObject({ paperSize: 'a4', weekStart: 'sunday' }))
  })

  it('shows where the journal lives', async () => {
    const journal = setup()
    renderApp(journal.api, '/settings')
    const where = await screen.findByRole('region', { name: 'Where your journal lives' })
    await waitFor(() => expect(where.textContent).toContain('/home/dana/.config/Coachbook/coachbook.db'))
    expect(where.textContent).toContain('Schema version4')
    expect(where.textContent).toContain('Coachbook 0.1.0')
    expect(within(where).getByText('The desktop app')).toBeTruthy()
  })

  it('applies a theme the moment it is chosen, keeps it on this computer, and never writes it to the journal', async () => {
    const journal = setup()
    renderApp(journal.api, '/settings')
    const theme = within(await screen.findByRole('group', { name: 'Theme' }))
    expect(theme.getByRole<HTMLInputElement>('radio', { name: 'Same as the computer' }).checked).toBe(true)
    fireEvent.click(theme.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset['theme']).toBe('dark')
    expect(window.localStorage.getItem('coachbook.theme')).toBe('dark')
    expect(theme.getByRole<HTMLInputElement>('radio', { name: 'Dark' }).checked).toBe(true)
    fireEvent.click(theme.getByRole('radio', { name: 'Same as the computer' }))
    expect(document.documentElement.dataset['theme']).toBeUndefined()
    expect(settingsUpdates(journal)).toEqual([])
  })

  it('lists its sections, and opening one puts the focus on its heading', async () => {
    renderApp(setup().api, '/settings')
    const sections = within(await screen.findByRole('navigation', { name: 'Settings sections' }))
    expect(sections.getAllByRole('link').map((link) => link.textContent)).toEqual(['Journal', 'Appearance', 'Reminders', 'Privacy', 'Where your journal lives', 'Backups'])
    fireEvent.click(sections.getByRole('link', { name: 'Backups' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Backups' })))
    expect(sections.getByRole('link', { name: 'Backups' }).getAttribute('aria-current')).toBe('location')
  })
})
