import type { AppCommand } from '../../../../shared/appCommands'
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

/**
 * What choosing an item does: switch the palette to another list, or act and close. A command is
 * one of the app's commands (shared/appCommands.ts), the same the desktop menu sends; `text` goes
 * with `search` only.
 */
export type PaletteEffect =
  | { type: 'mode'; mode: PaletteMode }
  | { type: 'navigate'; to: string }
  | { type: 'command'; command: AppCommand; text?: string }

export type PaletteItem = {
  id: string
  label: string
  detail?: string
  keywords?: string
  tag?: string
  shortcut?: ShortcutAction
  effect: PaletteEffect
  /** The app command this item stands for, so the desktop menu can carry the same (menu.ts). */
  command?: AppCommand
}

export type PaletteGroup = { id: string; label: string; items: PaletteItem[] }

export type NavItem = { path: string; nav: string }

/** The palette's actions: each is one of the app's commands, which the desktop menu carries too. */
export const PALETTE_ACTIONS: readonly (PaletteItem & { command: AppCommand })[] = [
  { id: 'new-call', command: 'newCall', label: 'New call', keywords: 'add record joint call ride-along', shortcut: 'newCall', effect: { type: 'command', command: 'newCall' } },
  { id: 'new-prebrief', command: 'newPrebrief', label: 'New pre-brief…', keywords: 'plan prebrief prepare before call', shortcut: 'prebrief', effect: { type: 'mode', mode: 'prebrief' } },
  { id: 'new-debrief', command: 'newDebrief', label: 'New debrief…', keywords: 'debrief postbrief look back after call review', shortcut: 'debrief', effect: { type: 'mode', mode: 'debrief' } },
  { id: 'log-session', command: 'logSession', label: 'Log coaching session', keywords: 'session role play drill one-on-one practice', shortcut: 'logSession', effect: { type: 'command', command: 'logSession' } },
  { id: 'search', command: 'search', label: 'Search the journal…', keywords: 'find', shortcut: 'search', effect: { type: 'command', command: 'search' } },
  { id: 'print', command: 'print', label: 'Print…', keywords: 'paper sheet report one-on-one', effect: { type: 'command', command: 'print' } },
  { id: 'save-pdf', command: 'savePdf', label: 'Save as PDF…', keywords: 'print export sheet report', effect: { type: 'command', command: 'savePdf' } },
  { id: 'lock', command: 'lockJournal', label: 'Lock the journal', keywords: 'lock away privacy passphrase hide', shortcut: 'lock', effect: { type: 'command', command: 'lockJournal' } },
  { id: 'method-help', command: 'methodHelp', label: 'The coaching method', keywords: 'help guide roles sidewalk interstate rescue learn', effect: { type: 'command', command: 'methodHelp' } },
  { id: 'demo-journal', command: 'demoJournal', label: 'Open or leave the demo journal', keywords: 'demo try sample example switch journal', effect: { type: 'command', command: 'demoJournal' } },
  { id: 'reminders', command: 'reminders', label: 'Reminders', keywords: 'inbox due waiting debrief plan skill practise notifications bell', effect: { type: 'command', command: 'reminders' } },
  { id: 'shortcuts', command: 'keyboardShortcuts', label: 'Keyboard shortcuts', keywords: 'keys help', shortcut: 'help', effect: { type: 'command', command: 'keyboardShortcuts' } },
  command('import', 'importJournal', 'Import…', 'csv calendar ics journal file bring in'),
  command('export', 'exportJournal', 'Export…', 'csv journal file save download'),
  command('backup-now', 'backupNow', 'Back up now', 'backup copy save safe'),
  command('backups', 'backups', 'Backups…', 'restore copies'),
  command('theme-system', 'themeSystem', 'Theme: same as the computer', 'appearance system auto colour color'),
  command('theme-light', 'themeLight', 'Theme: light', 'appearance colour color bright'),
  command('theme-dark', 'themeDark', 'Theme: dark', 'appearance colour color night'),
  command('theme', 'theme', 'Choose a theme…', 'appearance colour color light dark'),
]

/** One palette action standing for the app command of the same purpose. */
function command(id: string, name: AppCommand, label: string, keywords: string): PaletteItem & { command: AppCommand } {
  return { id, command: name, label, keywords, effect: { type: 'command', command: name } }
}

/** The actions that need a screen with a print view (a call, a rep, Insights). */
const PRINT_ACTIONS = new Set(['print', 'save-pdf'])

/** The palette's first list: actions, screens, and (once two letters are typed) journal entries. */
export function rootGroups(
  query: string,
  navItems: readonly NavItem[],
  hits: readonly SearchHit[] | null,
  options: { printable?: boolean; lockable?: boolean } = {},
): PaletteGroup[] {
  const text = query.trim()
  const offered = PALETTE_ACTIONS.filter(
    (item) => (options.printable || !PRINT_ACTIONS.has(item.id)) && (options.lockable || item.id !== 'lock'),
  )
  // Once words are typed, "search the journal" for them leads the journal's own results.
  const actions = filterItems(text === '' ? offered : offered.filter((item) => item.id !== 'search'), text)
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
      detail: [
        KIND_LABELS[hit.kind],
        hit.kind === 'rep' ? null : hit.repName,
        hit.repArchived ? 'archived' : null,
        hit.date && formatDay(hit.date, { weekday: false }),
      ]
        .filter(Boolean)
        .join(' · '),
      effect: { type: 'navigate', to: hitHref(hit) },
    }))
    groups.push({
      id: 'journal',
      label: 'Your journal',
      items: [
        { id: 'search', command: 'search', label: `Search the journal for “${text}”`, shortcut: 'search', effect: { type: 'command', command: 'search', text } },
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
        [{ id: 'new-call', command: 'newCall', label: 'Record a new call', keywords: 'new add', shortcut: 'newCall', effect: { type: 'command', command: 'newCall' } }],
        query,
      ),
    },
  ]
  return groups.filter((group) => group.items.length > 0)
}
