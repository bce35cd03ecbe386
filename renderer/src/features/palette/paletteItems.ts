import type { AwaitingDebrief } from '../../../../shared/coaching'
import type { CallSummary } from '../../../../shared/entities'
import { ROLE_LABELS } from '../../../../shared/labels'
import type { SearchHit } from '../../../../shared/search'
import { formatDay } from '../../lib/format'
import { relativeDay } from '../../lib/relativeDay'
import { callTitle } from '../calls/callForm'
import { KIND_LABELS, hitHref } from '../search/searchTargets'
import type { PaletteMode } from './commandsContext'
import { filterItems } from './paletteFilter'
import type { ShortcutAction } from './shortcuts'
import { paths } from '../../app/paths'

/** What choosing an item does: switch the palette to another list, or act and close. */
export type PaletteEffect =
  | { type: 'mode'; mode: PaletteMode }
  | { type: 'navigate'; to: string }
  | { type: 'command'; command: 'newCall' | 'logSession' | 'showShortcuts' | 'search'; text?: string }

export type PaletteItem = {
  id: string
  label: string
  detail?: string
  keywords?: string
  tag?: string
  shortcut?: ShortcutAction
  effect: PaletteEffect
}

export type PaletteGroup = { id: string; label: string; items: PaletteItem[] }

export type NavItem = { path: string; nav: string }

const ACTIONS: readonly PaletteItem[] = [
  { id: 'new-call', label: 'New call', keywords: 'add record joint call ride-along', shortcut: 'newCall', effect: { type: 'command', command: 'newCall' } },
  { id: 'new-prebrief', label: 'New pre-brief…', keywords: 'plan prebrief prepare before call', shortcut: 'prebrief', effect: { type: 'mode', mode: 'prebrief' } },
  { id: 'new-debrief', label: 'New debrief…', keywords: 'debrief postbrief look back after call review', shortcut: 'debrief', effect: { type: 'mode', mode: 'debrief' } },
  { id: 'log-session', label: 'Log coaching session', keywords: 'session role play drill one-on-one practice', shortcut: 'logSession', effect: { type: 'command', command: 'logSession' } },
  { id: 'search', label: 'Search the journal…', keywords: 'find', shortcut: 'search', effect: { type: 'command', command: 'search' } },
  { id: 'shortcuts', label: 'Keyboard shortcuts', keywords: 'keys help', shortcut: 'help', effect: { type: 'command', command: 'showShortcuts' } },
]

/** The palette's first list: actions, screens, and (once two letters are typed) journal entries. */
export function rootGroups(query: string, navItems: readonly NavItem[], hits: readonly SearchHit[] | null): PaletteGroup[] {
  const text = query.trim()
  // Once words are typed, "search the journal" for them leads the journal's own results.
  const actions = filterItems(text === '' ? ACTIONS : ACTIONS.filter((item) => item.id !== 'search'), text)
  const screens = filterItems(
    navItems.map((item): PaletteItem => ({
      id: `go-${item.path}`,
      label: `Go to ${item.nav}`,
      keywords: item.nav,
      effect: { type: 'navigate', to: item.path },
    })),
    text,
  )
  const groups: PaletteGroup[] = [
    { id: 'actions', label: 'Actions', items: actions },
    { id: 'screens', label: 'Go to', items: screens },
  ]
  if (text !== '') {
    const entries: PaletteItem[] = (hits ?? []).map((hit) => ({
      id: `hit-${hit.kind}-${hit.id}`,
      label: hit.title,
      detail: [KIND_LABELS[hit.kind], hit.kind === 'rep' ? null : hit.repName, hit.date && formatDay(hit.date, { weekday: false })]
        .filter(Boolean)
        .join(' · '),
      effect: { type: 'navigate', to: hitHref(hit) },
    }))
    groups.push({
      id: 'journal',
      label: 'Your journal',
      items: [
        { id: 'search', label: `Search the journal for “${text}”`, shortcut: 'search', effect: { type: 'command', command: 'search', text } },
        ...entries,
      ],
    })
  }
  return groups.filter((group) => group.items.length > 0)
}

function callItem(call: CallSummary, today: string, to: string, extra?: { tag?: string; detail?: string }): PaletteItem {
  const when = relativeDay(call.date, today)
  return {
    id: `call-${call.id}`,
    label: callTitle(call),
    detail: [call.repName, when, extra?.detail].filter(Boolean).join(' · '),
    keywords: `${call.repName} ${call.date} ${when}`,
    ...(extra?.tag ? { tag: extra.tag } : {}),
    effect: { type: 'navigate', to },
  }
}

export type CallPickData = {
  today: string
  upcomingWithoutPrebrief: readonly CallSummary[]
  awaitingDebrief: readonly AwaitingDebrief[]
  /** Recent calls, newest first. */
  recent: readonly CallSummary[]
}

/**
 * The calls to choose from for a new pre-brief (upcoming calls without one first) or a new
 * debrief (held calls waiting for one first, overdue ones marked), then every other recent call.
 */
export function callPickGroups(mode: Exclude<PaletteMode, 'root'>, data: CallPickData, query: string): PaletteGroup[] {
  const tab = mode === 'prebrief' ? 'prebrief' : 'debrief'
  const first =
    mode === 'prebrief'
      ? data.upcomingWithoutPrebrief.map((call) => callItem(call, data.today, paths.call(call.id, tab)))
      : data.awaitingDebrief.map((call) =>
          callItem(call, data.today, paths.call(call.id, tab), call.overdue ? { tag: 'Overdue' } : {}),
        )
  const firstIds = new Set(first.map((item) => item.id))
  const others = data.recent
    .filter((call) => !call.cancelled && !firstIds.has(`call-${call.id}`))
    .filter((call) => (mode === 'debrief' ? call.date <= data.today : true))
    .map((call) => {
      const done = mode === 'prebrief' ? call.plannedRole : call.actualRole
      const detail = done ? `${mode === 'prebrief' ? 'planned' : 'played'}: ${ROLE_LABELS[done]}` : undefined
      return callItem(call, data.today, paths.call(call.id, tab), detail ? { detail } : {})
    })
  const groups: PaletteGroup[] = [
    {
      id: 'first',
      label: mode === 'prebrief' ? 'Coming up, not planned yet' : 'Waiting for a debrief',
      items: filterItems(first, query),
    },
    { id: 'others', label: 'Other calls', items: filterItems(others, query) },
    {
      id: 'new',
      label: 'Or',
      items: filterItems(
        [{ id: 'new-call', label: 'Record a new call', keywords: 'new add', shortcut: 'newCall', effect: { type: 'command', command: 'newCall' } }],
        query,
      ),
    },
  ]
  return groups.filter((group) => group.items.length > 0)
}
