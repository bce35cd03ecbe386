import '../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { isActivePath } from '../../../../renderer/src/app/Shell'
import { navRoutes, printRoutes, shellRoutes } from '../../../../renderer/src/app/routes'
import { fakeJournal } from '../helpers/fakeJournal'
import { renderApp } from '../helpers/renderApp'

describe('routes', () => {
  it('lists the screens in the navigation, in order', () => {
    expect(navRoutes.map((route) => route.nav)).toEqual(['Home', 'Calls', 'Reps', 'Sessions', 'Search', 'Insights', 'Import & export', 'Settings', 'The method'])
  })

  it('has no path twice, and print views live under /print', () => {
    const paths = [...shellRoutes, ...printRoutes].map((route) => route.path)
    expect(new Set(paths).size).toBe(paths.length)
    for (const route of printRoutes) expect(route.path.startsWith('/print/')).toBe(true)
    for (const route of shellRoutes) expect(route.path.startsWith('/print')).toBe(false)
  })

  it('marks a section active on its own pages too, Home only on itself', () => {
    expect(isActivePath('/calls/c1', '/calls')).toBe(true)
    expect(isActivePath('/calls', '/calls')).toBe(true)
    expect(isActivePath('/callsx', '/calls')).toBe(false)
    expect(isActivePath('/calls', '/')).toBe(false)
    expect(isActivePath('/', '/')).toBe(true)
  })
})

describe('the app shell', () => {
  it('shows the app name, the navigation with the current page, and a skip link', async () => {
    renderApp(fakeJournal().api, '/reps')
    // The shell appears once the journal is known to be open (the lock's status is read first).
    expect(await screen.findByText('Coachbook')).toBeTruthy()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Reps' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Calls' }).getAttribute('aria-current')).toBeNull()
    expect(within(nav).getByRole('link', { name: 'Calls' }).getAttribute('href')).toBe('#/calls')

    const skip = screen.getByRole('link', { name: 'Skip to content' })
    fireEvent.click(skip)
    expect(document.activeElement).toBe(screen.getByRole('main'))
    expect(window.location.hash, 'the skip link is not a route').toBe('#/reps')
    await screen.findByRole('heading', { name: 'No reps yet' })
  })

  it('marks the page ready once its first data has loaded', async () => {
    const journal = fakeJournal()
    renderApp(journal.api, '/calls')
    expect(document.documentElement.dataset['appReady']).toBeUndefined()
    await waitFor(() => expect(document.documentElement.dataset['appReady']).toBe('true'))
    expect(journal.log.map((entry) => entry.channel)).toEqual(expect.arrayContaining(['settings.get', 'calls.list', 'reps.list']))
    expect(screen.getByRole('region', { name: 'Add your first rep' })).toBeTruthy()
  })

  it('replaces everything with one clear message when the session is missing', async () => {
    const journal = fakeJournal()
    journal.failWith('settings.get', 'UNAUTHORIZED', 'Open Coachbook from the link printed in the terminal.')
    renderApp(journal.api, '/calls')
    await screen.findByRole('heading', { name: 'This page is not connected to your journal' })
    expect(screen.getByText('Open Coachbook from the link printed in the terminal.')).toBeTruthy()
    expect(screen.queryByRole('navigation')).toBeNull()
    // Marked by an effect, after the message is drawn.
    await waitFor(() => expect(document.documentElement.dataset['appState']).toBe('unauthorized'))
  })

  it('says so when an address leads nowhere', async () => {
    renderApp(fakeJournal().api, '/nowhere')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
  })
})
