import type { ComponentType } from 'react'
import { preloadChartDrawings } from '../features/insights/lazyCharts'
import { lazyNamed, type PreloadableComponent } from '../lib/lazyNamed'

/*
 * Each screen is its own chunk, loaded when first shown: the first screen does not wait for the
 * editor, the charts or the print views (docs/architecture.md, "Loading").
 */
const HomePage = lazyNamed(() => import('../features/home/HomePage'), 'HomePage')
const CallsPage = lazyNamed(() => import('../features/calls/CallsPage'), 'CallsPage')
const CallDetailPage = lazyNamed(() => import('../features/calls/CallDetailPage'), 'CallDetailPage')
const CallPrebriefPage = lazyNamed(() => import('../features/calls/CallDetailPage'), 'CallPrebriefPage')
const CallDebriefPage = lazyNamed(() => import('../features/calls/CallDetailPage'), 'CallDebriefPage')
const QuickDebriefPage = lazyNamed(() => import('../features/quickDebrief/QuickDebriefPage'), 'QuickDebriefPage')
const RemindersPage = lazyNamed(() => import('../features/reminders/RemindersPage'), 'RemindersPage')
const HelpPage = lazyNamed(() => import('../features/help/HelpPage'), 'HelpPage')
const RepsPage = lazyNamed(() => import('../features/reps/RepsPage'), 'RepsPage')
const RepDetailPage = lazyNamed(() => import('../features/reps/RepDetailPage'), 'RepDetailPage')
const SessionsPage = lazyNamed(() => import('../features/sessions/SessionsPage'), 'SessionsPage')
const SessionPage = lazyNamed(() => import('../features/sessions/SessionPage'), 'SessionPage')
const SearchPage = lazyNamed(() => import('../features/search/SearchPage'), 'SearchPage')
const InsightsPage = lazyNamed(() => import('../features/insights/InsightsPage'), 'InsightsPage')
const ExchangePage = lazyNamed(() => import('../features/exchange/ExchangePage'), 'ExchangePage')
const SettingsPage = lazyNamed(() => import('../features/settings/SettingsPage'), 'SettingsPage')
const DebriefSheetPage = lazyNamed(() => import('../features/print/DebriefSheetPage'), 'DebriefSheetPage')
const RepSheetPage = lazyNamed(() => import('../features/print/RepSheetPage'), 'RepSheetPage')
const ReportPage = lazyNamed(() => import('../features/print/ReportPage'), 'ReportPage')

export type AppRoute = {
  /** A wouter pattern on the hash: `/calls/:id` matches `#/calls/c1`. */
  path: string
  /** The screen, loaded in a chunk of its own; `preload()` starts that load ahead of time. */
  component: PreloadableComponent<ComponentType>
  /** The label in the left navigation; routes without one are reached by links only. */
  nav?: string
  /**
   * Load the screen's code once the first screen is shown and the page is idle (besides when its
   * link is pointed at or focused): for screens whose code is heavy, so opening them later does
   * not wait for it (Insights and its charts).
   */
  preloadWhenIdle?: boolean
  /**
   * With `preloadWhenIdle`: what the screen loads apart, after it is drawn, loaded then too — so
   * a screen opened from another shows it at once (Insights' chart drawings, features/insights/lazyCharts.ts).
   */
  preloadPartsWhenIdle?: () => Promise<void>
}

/**
 * Every screen inside the shell. Adding a screen is one line here; the navigation lists the
 * routes that have a `nav` label, in this order.
 */
export const shellRoutes: readonly AppRoute[] = [
  { path: '/', component: HomePage, nav: 'Home' },
  { path: '/calls', component: CallsPage, nav: 'Calls' },
  { path: '/calls/:id', component: CallDetailPage },
  { path: '/calls/:id/prebrief', component: CallPrebriefPage },
  { path: '/calls/:id/debrief', component: CallDebriefPage },
  { path: '/calls/:id/quick-debrief', component: QuickDebriefPage },
  { path: '/reps', component: RepsPage, nav: 'Reps' },
  { path: '/reps/:id', component: RepDetailPage },
  { path: '/sessions', component: SessionsPage, nav: 'Sessions' },
  { path: '/sessions/:id', component: SessionPage },
  { path: '/search', component: SearchPage, nav: 'Search' },
  {
    path: '/insights',
    component: InsightsPage,
    nav: 'Insights',
    preloadWhenIdle: true,
    // From here, not through the screen's chunk: the drawings load beside the screen's code, not after it.
    preloadPartsWhenIdle: preloadChartDrawings,
  },
  { path: '/exchange', component: ExchangePage, nav: 'Import & export' },
  { path: '/settings', component: SettingsPage, nav: 'Settings' },
  { path: '/help', component: HelpPage, nav: 'The method' },
  // Reached by the bell in the header, the palette and the desktop menu (features/reminders).
  { path: '/reminders', component: RemindersPage },
]

/**
 * Print views render alone, without the shell, and set `data-print-ready` when laid out, e.g.
 * `{ path: '/print/debrief/:callId', component: DebriefSheet }`.
 */
export const printRoutes: readonly AppRoute[] = [
  { path: '/print/debrief/:callId', component: DebriefSheetPage },
  { path: '/print/rep/:repId', component: RepSheetPage },
  { path: '/print/report', component: ReportPage },
]

export const navRoutes = shellRoutes.filter((route): route is AppRoute & { nav: string } => route.nav !== undefined)

/**
 * The route a path (`/calls/c1`, without the query) shows, matched as the router does for these
 * patterns (`:name` stands for one non-empty segment); null for an address no screen has.
 */
export function routeForPath(path: string): AppRoute | null {
  const segments = path.split('/')
  const matches = (pattern: string) => {
    const parts = pattern.split('/')
    return parts.length === segments.length && parts.every((part, i) => (part.startsWith(':') ? segments[i] !== '' : part === segments[i]))
  }
  return [...printRoutes, ...shellRoutes].find((route) => matches(route.path)) ?? null
}
