import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ok } from '../../../../../shared/result'
import { awaiting, callSummary, homeSummary } from '../../helpers/coachingFixtures'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

async function openPalette() {
  fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
  const box = await screen.findByRole('combobox', { name: 'Command or search' })
  return box as HTMLInputElement
}

function activeOption(box: HTMLElement): HTMLElement {
  const id = box.getAttribute('aria-activedescendant')
  const option = id ? document.getElementById(id) : null
  if (!option) throw new Error('no active option')
  return option
}

describe('the command palette', () => {
  it('opens with Ctrl+K in a modal dialog, focus in its combobox, the first option active', async () => {
    const journal = fakeJournal()
    renderApp(journal.api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    const box = await openPalette()
    const dialog = screen.getByRole('dialog', { name: 'Command palette' })
    expect(dialog.hasAttribute('open')).toBe(true)
    expect(document.activeElement).toBe(box)
    expect(box.getAttribute('aria-controls')).toBe('palette-listbox')
    expect(box.getAttribute('aria-expanded')).toBe('true')
    const listbox = within(dialog).getByRole('listbox')
    expect(listbox.id).toBe('palette-listbox')
    expect(activeOption(box).textContent).toContain('New call')
    expect(activeOption(box).getAttribute('aria-selected')).toBe('true')
    expect(within(listbox).getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1)
  })

  it('filters as you type and moves the active option with the arrow keys, wrapping around', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    const box = await openPalette()
    fireEvent.change(box, { target: { value: 'go to' } })
    const options = () => within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)
    await waitFor(() => expect(options()[0]).toContain('Go to Home'))
    expect(options().every((text) => text?.startsWith('Go to') || text?.startsWith('Search the journal'))).toBe(true)
    expect(activeOption(box).textContent).toContain('Go to Home')
    fireEvent.keyDown(box, { key: 'ArrowDown' })
    expect(activeOption(box).textContent).toContain('Go to Calls')
    fireEvent.keyDown(box, { key: 'ArrowUp' })
    fireEvent.keyDown(box, { key: 'ArrowUp' })
    expect(activeOption(box).textContent, 'up from the first wraps to the last').toContain('Search the journal for “go to”')
  })

  it('runs the active option on Enter: going to a screen closes the palette', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    const box = await openPalette()
    fireEvent.change(box, { target: { value: 'settings' } })
    await waitFor(() => expect(activeOption(box).textContent).toContain('Go to Settings'))
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(window.location.hash).toBe('#/settings'))
    expect(document.querySelector('dialog.palette')?.hasAttribute('open')).toBe(false)
  })

  it('"New pre-brief…" lists the upcoming calls without a plan first; Escape goes back, then closes', async () => {
    const journal = fakeJournal()
    journal.override('home.summary', () =>
      ok(homeSummary({ upcomingWithoutPrebrief: [callSummary({ id: 'c9', account: 'Northwind', date: '2026-11-24' })], upcomingWithoutPrebriefTotal: 1 })),
    )
    journal.override('calls.list', () => ok({ items: [callSummary({ id: 'c2', account: 'Globex', date: '2026-11-02' })], total: 1 }))
    renderApp(journal.api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    const box = await openPalette()
    fireEvent.change(box, { target: { value: 'pre-brief' } })
    await waitFor(() => expect(activeOption(box).textContent).toContain('New pre-brief…'))
    fireEvent.keyDown(box, { key: 'Enter' })

    const pick = await screen.findByRole('combobox', { name: 'New pre-brief: choose a call' })
    await waitFor(() => expect(activeOption(pick).textContent).toContain('Northwind'))
    const groups = within(screen.getByRole('listbox')).getAllByRole('group').map((g) => g.getAttribute('aria-label'))
    expect(groups).toEqual(['Coming up, not planned yet', 'Other calls', 'Or'])

    fireEvent.keyDown(pick, { key: 'Escape' })
    expect(await screen.findByRole('combobox', { name: 'Command or search' })).toBeTruthy()
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Command or search' }), { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull())
  })

  it('P opens the pre-brief list directly, and choosing a call opens its pre-brief', async () => {
    const journal = fakeJournal()
    journal.override('home.summary', () =>
      ok(homeSummary({ upcomingWithoutPrebrief: [callSummary({ id: 'c9', account: 'Northwind' })], upcomingWithoutPrebriefTotal: 1 })),
    )
    journal.override('calls.list', () => ok({ items: [], total: 0 }))
    renderApp(journal.api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    fireEvent.keyDown(document.body, { key: 'p' })
    const pick = await screen.findByRole('combobox', { name: 'New pre-brief: choose a call' })
    await waitFor(() => expect(activeOption(pick).textContent).toContain('Northwind'))
    fireEvent.keyDown(pick, { key: 'Enter' })
    await waitFor(() => expect(window.location.hash).toBe('#/calls/c9/prebrief'))
  })

  it('D lists the calls waiting for a debrief, the overdue ones marked in words', async () => {
    const journal = fakeJournal()
    journal.override('home.summary', () =>
      ok(homeSummary({ awaitingDebrief: [awaiting({ id: 'c3', account: 'Initech', date: '2026-11-20', overdue: true })], awaitingDebriefTotal: 1, overdueTotal: 1 })),
    )
    journal.override('calls.list', () => ok({ items: [], total: 0 }))
    renderApp(journal.api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    fireEvent.keyDown(document.body, { key: 'd' })
    const pick = await screen.findByRole('combobox', { name: 'New debrief: choose a call' })
    await waitFor(() => expect(activeOption(pick).textContent).toContain('Initech'))
    expect(activeOption(pick).textContent).toContain('Overdue')
  })

  it('shows every shortcut in the help, opened with "?"', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true })
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    for (const text of ['New call', 'Log a coaching session', 'Search the journal', 'Open the command palette', 'Save now, on a pre-brief, a debrief or a session']) {
      expect(help.textContent).toContain(text)
    }
  })

  it('does not react to single keys typed into a field', async () => {
    renderApp(fakeJournal().api, '/reps')
    fireEvent.click(await screen.findByRole('button', { name: 'Add your first rep' }))
    const name = within(screen.getByRole('dialog')).getByLabelText('Name')
    fireEvent.keyDown(name, { key: 'n' })
    fireEvent.keyDown(name, { key: 'p' })
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(screen.getAllByRole('dialog').map((d) => d.getAttribute('aria-labelledby') && d.textContent?.slice(0, 20))).toHaveLength(1)
  })
})
