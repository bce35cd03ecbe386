import { describe, expect, it } from 'vitest'
import { filtersFromParams, hasFilters, toParams, toQueryInput } from '../../../../../renderer/src/features/search/searchParams'
import { hitHref } from '../../../../../renderer/src/features/search/searchTargets'
import { searchHit } from '../../helpers/coachingFixtures'

describe('where a search hit opens', () => {
  it('opens a call on the tab where its words were found', () => {
    expect(hitHref(searchHit({ id: 'c1', fieldKey: 'objective' }))).toBe('/calls/c1/prebrief')
    expect(hitHref(searchHit({ id: 'c1', fieldKey: 'lesson' }))).toBe('/calls/c1/debrief')
    expect(hitHref(searchHit({ id: 'c1', fieldKey: 'private_notes', private: true }))).toBe('/calls/c1/debrief')
    expect(hitHref(searchHit({ id: 'c1', fieldKey: 'account' }))).toBe('/calls/c1')
    expect(hitHref(searchHit({ id: 'c1' }))).toBe('/calls/c1')
  })

  it('opens a session on its own screen and a rep on the rep page', () => {
    expect(hitHref(searchHit({ id: 's1', kind: 'session', fieldKey: 'session_notes' }))).toBe('/sessions/s1')
    expect(hitHref(searchHit({ id: 'r1', kind: 'rep', fieldKey: 'rep_name' }))).toBe('/reps/r1')
  })
})

describe('the search address', () => {
  it('reads known filters and drops malformed ones', () => {
    const filters = filtersFromParams(new URLSearchParams('q=x&rep=r1&actual=crutch&planned=boss&outcome=lost&from=2026-11-01&to=nov'))
    expect(filters).toEqual({ rep: 'r1', kind: '', planned: '', actual: 'crutch', outcome: 'lost', from: '2026-11-01', to: '' })
    expect(hasFilters(filters)).toBe(true)
    expect(hasFilters(filtersFromParams(new URLSearchParams('q=x')))).toBe(false)
  })

  it('writes only what is set, and asks the core for exactly that', () => {
    const filters = filtersFromParams(new URLSearchParams('rep=r1&kind=call&outcome=won'))
    expect(toParams('disc ', filters)).toEqual({ q: 'disc ', rep: 'r1', kind: 'call', outcome: 'won' })
    expect(toParams('  ', filters)).toEqual({ rep: 'r1', kind: 'call', outcome: 'won' })
    expect(toQueryInput(' disc ', filters, 25)).toEqual({ text: 'disc', limit: 25, repId: 'r1', kinds: ['call'], outcome: 'won' })
  })
})
