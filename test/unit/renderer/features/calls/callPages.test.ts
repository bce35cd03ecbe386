import { describe, expect, it } from 'vitest'
import type { CallSummary } from '../../../../../shared/entities'
import { callAt, pagesInView } from '../../../../../renderer/src/features/calls/callPages'

describe('the pages of the calls list in view', () => {
  it('are the pages holding the rows drawn, with a margin either side', () => {
    expect(pagesInView(0, 30, 100_000)).toEqual([0])
    expect(pagesInView(90, 120, 100_000)).toEqual([0, 1])
    // A row near a page's edge brings the neighbouring page before it scrolls into view.
    expect(pagesInView(185, 190, 100_000)).toEqual([1, 2])
    expect(pagesInView(50_000, 50_030, 100_000)).toEqual([499, 500])
  })

  it('stop at the last call: End asks for the last page (and the one before it within the margin) only', () => {
    expect(pagesInView(99_970, 99_999, 100_000)).toEqual([999])
    expect(pagesInView(99_890, 99_999, 100_000)).toEqual([998, 999])
    expect(pagesInView(0, 10, 5)).toEqual([0])
  })

  it('are none for an empty list or before any row is drawn', () => {
    expect(pagesInView(0, 10, 0)).toEqual([])
    expect(pagesInView(0, -1, 100)).toEqual([])
  })
})

describe('the call at a row', () => {
  const call = (id: string) => ({ id }) as CallSummary
  const pages = new Map([[3, [call('a'), call('b')]]])

  it('is read from its page by the row’s place in the whole list', () => {
    expect(callAt(pages, 300)?.id).toBe('a')
    expect(callAt(pages, 301)?.id).toBe('b')
  })

  it('is missing (a placeholder row) while its page has not come, or past the page’s calls', () => {
    expect(callAt(pages, 299)).toBeUndefined()
    expect(callAt(pages, 302)).toBeUndefined()
  })
})
