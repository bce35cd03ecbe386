import '../helpers/cleanup'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ErrorBoundary } from '../../../../renderer/src/app/ErrorBoundary'
import { decodeSegment, paths } from '../../../../renderer/src/app/paths'
import { keepEscapes } from '../../../../renderer/src/app/hashLocation'
import { AppError, ScreenError } from '../../../../renderer/src/app/ScreenError'
import { ScreenLoadError } from '../../../../renderer/src/lib/lazyNamed'
import { ok } from '../../../../shared/result'
import { fakeJournal } from '../helpers/fakeJournal'
import { renderApp } from '../helpers/renderApp'

/** Ids a journal file may bring (valid in the format), each of which once broke a link or the window. */
const ODD_IDS = ['rep-100%', 'a/b', 'what?', '#1', 'two words', 'emoji 😀', '%41', '%']

describe('addresses of records', () => {
  it('encode an id as one segment and decode it back exactly once', () => {
    for (const id of ODD_IDS) {
      const [, , segment, ...rest] = paths.call(id).split('/')
      expect(rest).toEqual([])
      expect(decodeSegment(segment ?? '')).toBe(id)
    }
    expect(paths.call('a/b', 'debrief')).toBe('/calls/a%2Fb/debrief')
    expect(paths.rep('100%')).toBe('/reps/100%25')
  })

  it('take a segment that is not valid percent-encoding as written, instead of throwing', () => {
    expect(decodeSegment('%')).toBe('%')
    expect(decodeSegment('100%zz')).toBe('100%zz')
  })

  it('reach wouter so that its own decoding gives back the address as written', () => {
    for (const raw of ['/reps/100%25', '/reps/%', '/calls/a%2Fb', '/calls/%F0%9F%98%80']) {
      expect(decodeURI(keepEscapes(raw))).toBe(raw)
    }
  })
})

function journalWithOddCalls() {
  const journal = fakeJournal()
  journal.reps.push({ id: 'r1', name: 'Dana Ortiz', title: null, startedOn: null, archived: false })
  ODD_IDS.forEach((id, i) => {
    journal.calls.push({
      id,
      repId: 'r1',
      date: `2026-11-${String(i + 10)}`,
      time: null,
      account: `Account ${i}`,
      opportunity: null,
      dealValue: null,
      stage: null,
      stakes: null,
      cancelled: false,
    })
  })
  return journal
}

describe('records whose ids hold odd characters', () => {
  it.each(ODD_IDS.map((id, i) => [id, i] as const))('open from the calls list: %j', async (id, i) => {
    const journal = journalWithOddCalls()
    renderApp(journal.api, '/calls')
    const link = await screen.findByRole('link', { name: `Account ${i}` })
    expect(link.getAttribute('href')).toBe(`#${paths.call(id)}`)
    fireEvent.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`Account ${i}`) })).toBeTruthy()
    expect(journal.log.filter((entry) => entry.channel === 'calls.get').at(-1)?.input).toEqual({ id })
  })

  it('an address that is not valid percent-encoding says the record is not there, and keeps the frame', async () => {
    renderApp(journalWithOddCalls().api, '/calls/%zz')
    expect(await screen.findByRole('heading', { level: 1, name: 'Call not found' })).toBeTruthy()
    // #/reps/% used to throw in the command palette's code and blank the whole window.
    renderApp(journalWithOddCalls().api, '/reps/%')
    await waitFor(() => expect(screen.getAllByRole('navigation', { name: 'Main' }).length).toBeGreaterThan(0))
    expect(document.documentElement.dataset['appError']).toBeUndefined()
  })
})

describe('a screen that fails', () => {
  it('shows its error inside the frame, with a way back that clears it', async () => {
    const journal = journalWithOddCalls()
    // An answer the screen cannot draw: the call detail without its call.
    journal.override('calls.get', () => ok({}))
    renderApp(journal.api, '/calls/a%2Fb')
    const alert = await screen.findByRole('alert', { name: 'This screen could not be shown' })
    expect(within(alert).getByText(/Nothing in your journal was changed/)).toBeTruthy()
    expect(document.documentElement.dataset['appError']).toBe('screen')
    // The navigation is still there, and leaving the screen clears the error.
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Calls' }))
    expect(await screen.findByRole('link', { name: 'Account 1' })).toBeTruthy()
    expect(screen.queryByRole('alert', { name: 'This screen could not be shown' })).toBeNull()
    expect(document.documentElement.dataset['appError']).toBeUndefined()
  })

  it('tries again on request, and shows the screen once it can be drawn', async () => {
    const journal = journalWithOddCalls()
    journal.override('calls.get', () => ok({}))
    renderApp(journal.api, '/calls/a%2Fb')
    const alert = await screen.findByRole('alert', { name: 'This screen could not be shown' })
    journal.restore('calls.get')
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Account 1/ })).toBeTruthy()
  })

  it('whose code cannot be loaded offers only what helps: reloading the page', () => {
    function Unloadable(): never {
      throw new ScreenLoadError(new TypeError('Failed to fetch dynamically imported module'))
    }
    render(
      <ErrorBoundary fallback={ScreenError}>
        <Unloadable />
      </ErrorBoundary>,
    )
    const alert = screen.getByRole('alert', { name: 'This screen could not be loaded' })
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeTruthy()
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
    expect(within(alert).getByRole('link', { name: 'Go to Home' })).toBeTruthy()
  })
})

describe('the frame that fails', () => {
  it('fills the window with what happened and a way home that clears it', () => {
    window.location.hash = '#/reps/broken'
    function Frame() {
      if (window.location.hash !== '#/') throw new URIError('URI malformed')
      return <p>Home again</p>
    }
    render(
      <ErrorBoundary fallback={AppError}>
        <Frame />
      </ErrorBoundary>,
    )
    const alert = screen.getByRole('alert', { name: 'Coachbook could not be shown' })
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeTruthy()
    expect(document.documentElement.dataset['appError']).toBe('app')
    fireEvent.click(within(alert).getByRole('button', { name: 'Go to Home' }))
    expect(screen.getByText('Home again')).toBeTruthy()
    expect(window.location.hash).toBe('#/')
    expect(document.documentElement.dataset['appError']).toBeUndefined()
  })
})
