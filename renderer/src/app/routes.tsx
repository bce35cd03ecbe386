import type { ComponentType } from 'react'
import { lazyNamed } from '../lib/lazyNamed'

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
  component: ComponentType
  /** The label in the left navigation; routes without one are reached by links only. */
  nav?: string
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
  { path: '/insights', component: InsightsPage, nav: 'Insights' },
  { path: '/exchange', component: ExchangePage, nav: 'Import & export' },
  { path: '/settings', component: SettingsPage, nav: 'Settings' },
  { path: '/help', component: HelpPage, nav: 'The method' },
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
