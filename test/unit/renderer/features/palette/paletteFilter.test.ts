import { describe, expect, it } from 'vitest'
import { filterItems, matchScore } from '../../../../../renderer/src/features/palette/paletteFilter'
import { callPickGroups, rootGroups } from '../../../../../renderer/src/features/palette/paletteItems'
import { awaiting, callSummary, searchHit } from '../../helpers/coachingFixtures'

const NAV = [
  { path: '/', nav: 'Home' },
  { path: '/reps', nav: 'Reps' },
  { path: '/settings', nav: 'Settings' },
]

describe('filtering the palette', () => {
  it('keeps items holding every typed word, ignoring case and accents', () => {
    const items = [{ label: 'New débrief…' }, { label: 'New call', keywords: 'record joint call' }, { label: 'Go to Settings' }]
    expect(filterItems(items, 'DEB').map((i) => i.label)).toEqual(['New débrief…'])
    expect(filterItems(items, 'new joint').map((i) => i.label)).toEqual(['New call'])
    expect(filterItems(items, 'nothing like it')).toEqual([])
    expect(filterItems(items, '  ')).toEqual(items)
  })

  it('ranks a label that starts with the text above a word that does, above a match anywhere', () => {
    expect(matchScore({ label: 'Settings' }, 'set')).toBe(3)
    expect(matchScore({ label: 'Go to Settings' }, 'set')).toBe(2)
    expect(matchScore({ label: 'Reset' }, 'set')).toBe(1)
    const ranked = filterItems([{ label: 'Reset' }, { label: 'Go to Settings' }, { label: 'Settings' }], 'set')
    expect(ranked.map((i) => i.label)).toEqual(['Settings', 'Go to Settings', 'Reset'])
  })
})

describe('the palette lists', () => {
  it('offers the actions and screens, and always a search for what was typed', () => {
    const all = rootGroups('', NAV, null)
    expect(all.map((g) => g.label)).toEqual(['Actions', 'Go to'])
    expect(all[0]?.items.map((i) => i.label)).toEqual([
      'New call',
      'New pre-brief…',
      'New debrief…',
      'Log coaching session',
      'Search the journal…',
      'The coaching method',
      'Open or leave the demo journal',
      'Reminders',
      'Keyboard shortcuts',
      'Import…',
      'Export…',
      'Back up now',
      'Backups…',
      'Theme: same as the computer',
      'Theme: light',
      'Theme: dark',
      'Choose a theme…',
    ])
    const typed = rootGroups('zebra', NAV, [searchHit({ id: 'c1', title: 'Zebra Inc' })])
    expect(typed.map((g) => g.label)).toEqual(['Your journal'])
    expect(typed[0]?.items.map((i) => i.label)).toEqual(['Search the journal for “zebra”', 'Zebra Inc'])
    expect(typed[0]?.items[0]?.effect).toEqual({ type: 'command', command: 'search', text: 'zebra' })
    expect(typed[0]?.items[1]?.effect).toEqual({ type: 'navigate', to: '/calls/c1' })
    const both = rootGroups('new', NAV, null)
    expect(both.map((g) => g.label), 'matching commands come before the search').toEqual(['Actions', 'Your journal'])
    expect(rootGroups('sett', NAV, null).find((g) => g.label === 'Go to')?.items.map((i) => i.label)).toEqual(['Go to Settings'])
  })

  it('offers Print… and Save as PDF… only where the screen has a print view', () => {
    const labels = (printable: boolean) => rootGroups('', NAV, null, { printable })[0]?.items.map((i) => i.label) ?? []
    expect(labels(false)).not.toContain('Print…')
    expect(labels(true)).toEqual(expect.arrayContaining(['Print…', 'Save as PDF…']))
    expect(rootGroups('pdf', NAV, null, { printable: true })[0]?.items[0]?.effect).toEqual({ type: 'command', command: 'savePdf' })
  })

  it('puts upcoming calls without a plan first when picking a call for a pre-brief', () => {
    const data = {
      today: '2026-11-23',
      upcomingWithoutPrebrief: [callSummary({ id: 'up', account: 'Northwind', date: '2026-11-24' })],
      awaitingDebrief: [],
      recent: [
        callSummary({ id: 'up', account: 'Northwind', date: '2026-11-24' }),
        callSummary({ id: 'old', account: 'Globex', date: '2026-11-02', plannedRole: 'technical_expert' }),
        callSummary({ id: 'gone', account: 'Cancelled Co', cancelled: true }),
      ],
    }
    const groups = callPickGroups('prebrief', data, '')
    expect(groups.map((g) => [g.label, g.items.map((i) => i.label)])).toEqual([
      ['Coming up, not planned yet', ['Northwind']],
      ['Other calls', ['Globex']],
      ['Or', ['Record a new call']],
    ])
    expect(groups[0]?.items[0]?.effect).toEqual({ type: 'navigate', to: '/calls/up/prebrief' })
    expect(groups[0]?.items[0]?.detail).toBe('Dana Ortiz · Tomorrow')
    expect(callPickGroups('prebrief', data, 'glob').flatMap((g) => g.items.map((i) => i.label))).toEqual(['Globex'])
  })

  it('puts held calls waiting for a debrief first, overdue ones tagged, and leaves future calls out', () => {
    const groups = callPickGroups(
      'debrief',
      {
        today: '2026-11-23',
        upcomingWithoutPrebrief: [],
        awaitingDebrief: [awaiting({ id: 'late', account: 'Initech', date: '2026-11-20', overdue: true }), awaiting({ id: 'fresh', account: 'Hooli', date: '2026-11-23' })],
        recent: [callSummary({ id: 'next', account: 'Tomorrow Inc', date: '2026-11-24' }), callSummary({ id: 'done', account: 'Acme', date: '2026-11-10', actualRole: 'crutch' })],
      },
      '',
    )
    expect(groups[0]?.label).toBe('Waiting for a debrief')
    expect(groups[0]?.items.map((i) => [i.label, i.tag ?? null])).toEqual([
      ['Initech', 'Overdue'],
      ['Hooli', null],
    ])
    expect(groups[1]?.items.map((i) => [i.label, i.detail])).toEqual([['Acme', 'Dana Ortiz · Nov 10, 2026 · played: Crutch']])
    expect(groups[0]?.items[0]?.effect).toEqual({ type: 'navigate', to: '/calls/late/debrief' })
  })
})
