import '../../helpers/cleanup'
import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_COMMANDS, type AppCommand } from '../../../../../shared/appCommands'
import type { PrintBridge } from '../../../../../shared/printBridge'
import { ok } from '../../../../../shared/result'
import { navRoutes } from '../../../../../renderer/src/app/routes'
import { PALETTE_ACTIONS } from '../../../../../renderer/src/features/palette/paletteItems'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

/** The desktop preload's `window.coachbook.shell` and `printing`, as the page sees them. */
const listeners = new Set<(command: AppCommand) => void>()
const request = vi.fn<PrintBridge['request']>(() => Promise.resolve(ok({ done: 'printed' as const })))
type DesktopWindow = Window & { coachbook?: unknown }

function menu(command: AppCommand): void {
  act(() => {
    for (const listener of listeners) listener(command)
  })
}

beforeEach(() => {
  request.mockClear()
  ;(window as DesktopWindow).coachbook = {
    printing: { request },
    shell: {
      onCommand: (listener: (command: AppCommand) => void) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
  }
})
afterEach(() => {
  delete (window as DesktopWindow).coachbook
  listeners.clear()
})

describe('the desktop menu’s commands', () => {
  it('open the same forms and dialogs as the palette and the shortcuts', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    expect(listeners.size).toBe(1)
    menu('newCall')
    expect(await screen.findByRole('dialog', { name: 'New call' })).toBeTruthy()
  })

  it('open the shortcuts help', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    menu('keyboardShortcuts')
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy()
  })

  it('open the palette', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    menu('commandPalette')
    expect(await screen.findByRole('combobox', { name: 'Command or search' })).toBeTruthy()
  })

  it('go to the screen that holds what they name', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    menu('settings')
    await waitFor(() => expect(window.location.hash).toBe('#/settings'))
    menu('exportJournal')
    await waitFor(() => expect(window.location.hash).toBe('#/exchange'))
    menu('theme')
    await waitFor(() => expect(window.location.hash + window.location.search).toBe('#/settings?section=appearance'))
    menu('backups')
    await waitFor(() => expect(window.location.hash + window.location.search).toBe('#/settings?section=backups'))
  })

  it('switch the theme at once, and keep it', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    menu('themeDark')
    expect(document.documentElement.dataset['theme']).toBe('dark')
    expect(window.localStorage.getItem('coachbook.theme')).toBe('dark')
    menu('themeLight')
    expect(document.documentElement.dataset['theme']).toBe('light')
    menu('themeSystem')
    expect(document.documentElement.dataset['theme']).toBeUndefined()
    expect(window.localStorage.getItem('coachbook.theme')).toBeNull()
  })

  it('print the print view of the screen showing through main', async () => {
    renderApp(fakeJournal().api, '/calls/c7/debrief')
    // The commands are heard once the journal is known to be open (the lock's status is read first).
    await waitFor(() => expect(listeners.size).toBe(1))
    menu('savePdf')
    await waitFor(() => expect(request).toHaveBeenCalledExactlyOnceWith({ action: 'pdf', route: '/print/debrief/c7' }))
  })

  it('say so when the screen has nothing to print', async () => {
    renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    menu('print')
    expect(await screen.findByText(/Nothing to print here/)).toBeTruthy()
    expect(request).not.toHaveBeenCalled()
  })

  it('stop being heard when the app is gone', async () => {
    const { unmount } = renderApp(fakeJournal().api, '/reps')
    await screen.findByRole('heading', { level: 1, name: 'Reps' })
    unmount()
    expect(listeners.size).toBe(0)
  })
})

describe('the palette and the menu', () => {
  it('share one vocabulary: every app command is a palette action, but Settings (a screen it goes to) and the palette itself', () => {
    const actions = PALETTE_ACTIONS.map((item) => item.command)
    for (const command of actions) expect(APP_COMMANDS).toContain(command)
    expect(APP_COMMANDS.filter((command) => !actions.includes(command))).toEqual(['settings', 'commandPalette'])
    expect(navRoutes.map((route) => route.nav)).toContain('Settings')
  })
})
