import type { ComponentType } from 'react'
import { CallDebriefPage, CallDetailPage, CallPrebriefPage } from '../features/calls/CallDetailPage'
import { CallsPage } from '../features/calls/CallsPage'
import { ExchangePage } from '../features/exchange/ExchangePage'
import { HomePage } from '../features/home/HomePage'
import { InsightsPage } from '../features/insights/InsightsPage'
import { DebriefSheetPage } from '../features/print/DebriefSheetPage'
import { RepSheetPage } from '../features/print/RepSheetPage'
import { ReportPage } from '../features/print/ReportPage'
import { RepDetailPage } from '../features/reps/RepDetailPage'
import { RepsPage } from '../features/reps/RepsPage'
import { SearchPage } from '../features/search/SearchPage'
import { SessionPage } from '../features/sessions/SessionPage'
import { SessionsPage } from '../features/sessions/SessionsPage'
import { SettingsPage } from '../features/settings/SettingsPage'

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
  { path: '/reps', component: RepsPage, nav: 'Reps' },
  { path: '/reps/:id', component: RepDetailPage },
  { path: '/sessions', component: SessionsPage, nav: 'Sessions' },
  { path: '/sessions/:id', component: SessionPage },
  { path: '/search', component: SearchPage, nav: 'Search' },
  { path: '/insights', component: InsightsPage, nav: 'Insights' },
  { path: '/exchange', component: ExchangePage, nav: 'Import & export' },
  { path: '/settings', component: SettingsPage, nav: 'Settings' },
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
