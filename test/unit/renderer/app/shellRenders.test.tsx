import '../helpers/cleanup'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeJournal } from '../helpers/fakeJournal'
import { renderApp } from '../helpers/renderApp'

/** How often the shell's header drew its palette button: a stand-in that counts. */
const drawn = vi.hoisted(() => ({ paletteButton: 0 }))
vi.mock('../../../../renderer/src/features/palette/PaletteButton', () => ({
  PaletteButton: () => {
    drawn.paletteButton++
    return null
  },
}))

describe('the shell around the screen', () => {
  it('is not drawn again for every read that starts and ends', async () => {
    const journal = fakeJournal()
    renderApp(journal.api, '/')
    await waitFor(() => expect(document.documentElement.dataset['appReady']).toBe('true'))
    await waitFor(() => expect(journal.log.some((entry) => entry.channel === 'reminders.list')).toBe(true))
    await waitFor(() => expect(document.documentElement.dataset['appBusy']).toBeUndefined())
    const before = { drawn: drawn.paletteButton, reads: journal.log.length }
    // A read that takes a moment, as over HTTP: it is under way across more than one render.
    const answer = await journal.api.settings.get({})
    journal.override('settings.get', () => new Promise((resolve) => setTimeout(() => resolve(answer), 30)))

    // The tab comes back into view: the screen's reads are read afresh.
    act(() => void window.dispatchEvent(new Event('visibilitychange')))
    await waitFor(() => expect(journal.log.length).toBeGreaterThan(before.reads + 1))
    await waitFor(() => expect(document.documentElement.dataset['appBusy']).toBeUndefined())

    expect(before.drawn).toBeGreaterThan(0)
    expect(drawn.paletteButton).toBe(before.drawn)
  })
})
