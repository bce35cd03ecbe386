import '../../helpers/cleanup'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SearchQueryInput, SearchResult } from '../../../../../shared/search'
import { ok } from '../../../../../shared/result'
import { searchHit } from '../../helpers/coachingFixtures'
import { fakeJournal } from '../../helpers/fakeJournal'
import { renderApp } from '../../helpers/renderApp'

/** Answers every search with one hit named after the text, and records the questions. */
function searchable() {
  const journal = fakeJournal()
  const queries: SearchQueryInput[] = []
  const answer = (input: SearchQueryInput): SearchResult => {
    const text = input.text ?? ''
    return {
      hits: [
        searchHit({
          id: `c-${text || 'latest'}`,
          title: text ? `Call about ${text}` : 'Latest call',
          field: text ? 'Call objective' : null,
          fieldKey: text ? 'objective' : null,
          snippet: text ? [{ text: 'a ', match: false }, { text, match: true }] : [],
        }),
      ],
      total: 1,
      order: text ? 'relevance' : 'newest',
    }
  }
  journal.override('search.query', (input) => {
    queries.push(input as SearchQueryInput)
    return ok(answer(input as SearchQueryInput))
  })
  return { journal, queries, answer }
}

describe('the Search screen', () => {
  it('searches at every keystroke and writes the text into the address once the typing pauses', async () => {
    const { journal, queries } = searchable()
    renderApp(journal.api, '/search')
    const box = await screen.findByRole('searchbox', { name: 'Search your journal' })
    await screen.findByRole('list', { name: 'Search results' })
    fireEvent.change(box, { target: { value: 'd' } })
    fireEvent.change(box, { target: { value: 'di' } })
    fireEvent.change(box, { target: { value: 'disc' } })
    expect(window.location.search, 'the address waits for a pause in the typing').toBe('')
    const result = await screen.findByRole('link', { name: 'Call about disc' })
    expect(result.getAttribute('href')).toBe('#/calls/c-disc/prebrief')
    const texts = queries.map((q) => q.text)
    expect(texts, 'each keystroke was searched, not only the pause').toEqual(expect.arrayContaining(['d', 'di', 'disc']))
    expect(texts.at(-1), 'the last search is for what the box holds').toBe('disc')
    await waitFor(() => expect(window.location.search).toBe('?q=disc'))
    expect(document.querySelector('.search-status')?.textContent).toContain('1 result for “disc”')
    const snippet = result.closest('li')?.querySelector('mark')
    expect(snippet?.textContent).toBe('disc')
  })

  it('keeps the previous results on screen while the next ones load', async () => {
    const { journal, answer } = searchable()
    let release: (() => void) | undefined
    journal.override('search.query', () => ok(answer({ text: 'first' })))
    renderApp(journal.api, '/search?q=first')
    expect(await screen.findByRole('link', { name: 'Call about first' })).toBeTruthy()

    const slow = new Promise<void>((done) => (release = done))
    const realApi = journal.api.search.query
    journal.api.search.query = async (input) => {
      await slow
      return realApi(input)
    }
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'second' } })
    await waitFor(() => expect(screen.getByRole('list', { name: 'Search results' }).getAttribute('aria-busy')).toBe('true'))
    expect(screen.getByRole('link', { name: 'Call about first' }), 'the old results stay visible').toBeTruthy()
    release?.()
  })

  it('moves from the box into the results with ArrowDown, and back up', async () => {
    const { journal } = searchable()
    renderApp(journal.api, '/search?q=pricing')
    const link = await screen.findByRole('link', { name: 'Call about pricing' })
    const box = screen.getByRole('searchbox')
    box.focus()
    fireEvent.keyDown(box, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(link)
    fireEvent.keyDown(link, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(box)
  })

  it('runs the filters alone when the box is empty, and narrows by them', async () => {
    const { journal, queries } = searchable()
    const rep = await journal.api.reps.create({ name: 'Dana Ortiz' })
    if (!rep.ok) throw new Error('setup failed')
    renderApp(journal.api, '/search')
    await screen.findByRole('link', { name: 'Latest call' })
    expect(document.querySelector('.search-status')?.textContent).toContain('The latest 1 entry in your journal')

    const filters = screen.getByRole('group', { name: 'Filters' })
    fireEvent.change(within(filters).getByLabelText('Rep'), { target: { value: rep.value.id } })
    fireEvent.change(within(filters).getByLabelText('Role you played'), { target: { value: 'crutch' } })
    fireEvent.change(within(filters).getByLabelText('Outcome'), { target: { value: 'lost' } })
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2026-11-01' } })
    await waitFor(() =>
      expect(queries.at(-1)).toEqual({ text: '', limit: 25, repId: rep.value.id, actualRole: 'crutch', outcome: 'lost', from: '2026-11-01' }),
    )
    expect(new URLSearchParams(window.location.search).get('actual')).toBe('crutch')
    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(queries.at(-1)).toEqual({ text: '', limit: 25 }))
  })

  it('says plainly when nothing matches', async () => {
    const journal = fakeJournal()
    journal.override('search.query', () => ok({ hits: [], total: 0, order: 'relevance' }))
    renderApp(journal.api, '/search?q=zebra')
    expect(await screen.findByRole('region', { name: 'Nothing matches “zebra”' })).toBeTruthy()
  })

  it('marks an archived rep as archived, on the rep and on their calls', async () => {
    const journal = fakeJournal()
    const hits = [
      searchHit({ id: 'r9', kind: 'rep', title: 'Sam Archer', repName: 'Sam Archer', repArchived: true }),
      searchHit({ id: 'c9', title: 'Acme Corp', repName: 'Sam Archer', repArchived: true }),
      searchHit({ id: 'r1', kind: 'rep', title: 'Dana Ortiz', repName: 'Dana Ortiz' }),
    ]
    journal.override('search.query', () => ok({ hits, total: 3, order: 'relevance' }))
    renderApp(journal.api, '/search?q=a')
    const results = within(await screen.findByRole('list', { name: 'Search results' })).getAllByRole('listitem')
    expect(results.map((item) => item.textContent?.includes('Archived') || item.textContent?.includes('(archived)'))).toEqual([true, true, false])
    expect(within(results[0]!).getByText('Archived')).toBeTruthy()
    expect(within(results[1]!).getByText('Sam Archer (archived)')).toBeTruthy()
  })
})

