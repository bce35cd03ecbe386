import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { useSettings } from '../api/useSettings'
import { LoadingState } from '../components/LoadingState'
import { DemoBanner } from '../features/firstRun/DemoBanner'
import { GlobalCommands } from '../features/palette/GlobalCommands'
import { PaletteButton } from '../features/palette/PaletteButton'
import { RemindersButton } from '../features/reminders/RemindersButton'
import { useBrowserReminderNotifications } from '../features/reminders/browserNotifications'
import { useApi } from '../api/ApiProvider'
import { currentPlatform } from '../platform'
import { APP_NAME } from '../lib/useDocumentTitle'
import { ErrorBoundary, type ErrorFallbackProps } from './ErrorBoundary'
import { ConnectionLost } from './ConnectionLost'
import { navRoutes, shellRoutes } from './routes'
import { ScreenError } from './ScreenError'
import { useAppReady } from './useAppReady'
import { useFirstScreenEnded } from './bootAnswers'
import { onIdle } from '../lib/whenIdle'
import './Shell.css'

export function isActivePath(location: string, path: string): boolean {
  if (path === '/') return location === '/'
  return location === path || location.startsWith(`${path}/`)
}

/** The frame around every screen (print views excepted): header, navigation, main region. */
export function Shell({ children }: { children: ReactNode }) {
  const [location, navigate] = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const previous = useRef(location)
  // The shell loads the settings (every money figure needs the currency): the first data.
  const settings = useSettings()
  // A screen's code loads with it (routes.tsx): ready also means the first screen is on show.
  const [screenShown, setScreenShown] = useState(false)
  const showScreen = useCallback(() => setScreenShown(true), [])
  const queryClient = useQueryClient()
  // A failed screen is still the screen on show; trying again reads its data afresh, since the
  // answer it could not draw is still in the cache.
  const failedScreen = useMemo(
    () =>
      function FailedScreen({ error, reset }: ErrorFallbackProps) {
        const retry = () => {
          void queryClient.resetQueries()
          reset()
        }
        return (
          <>
            <ScreenError error={error} reset={retry} />
            <OnShown onShown={showScreen} />
          </>
        )
      },
    [queryClient, showScreen],
  )
  const firstScreenReady = useFirstScreenEnded()
  // Browser mode's notifications of new reminders (the desktop app's come from main). The shell
  // is not mounted while the journal is locked, so nothing is checked or shown then.
  const api = useApi()
  const openReminders = useCallback(() => navigate('/reminders'), [navigate])
  useBrowserReminderNotifications(api, currentPlatform().kind === 'browser' && screenShown, openReminders)
  usePreloadWhenIdle(firstScreenReady)

  // After moving to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (previous.current === location) return
    previous.current = location
    mainRef.current?.focus({ preventScroll: true })
    window.scrollTo(0, 0)
  }, [location])

  return (
    <GlobalCommands navItems={navRoutes}>
      <AppReadiness firstDataSettled={settings.status !== 'pending' && screenShown} />
      <div className="shell">
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            // A plain #main would be read as a route by the hash router.
            event.preventDefault()
            mainRef.current?.focus()
          }}
        >
          Skip to content
        </a>
        <header className="shell__header">
          <Link href="/" className="shell__brand">
            <span className="shell__logo" aria-hidden="true" />
            <span className="shell__name">{APP_NAME}</span>
          </Link>
          <span className="shell__tagline">Coaching journal</span>
          <PaletteButton />
          <RemindersButton readAfter={firstScreenReady} />
        </header>
        <nav className="shell__nav" aria-label="Main">
          <ul>
            {navRoutes.map((route) => {
              const active = isActivePath(location, route.path)
              return (
                <li key={route.path}>
                  <Link
                    href={route.path}
                    className="shell__nav-link"
                    aria-current={active ? 'page' : undefined}
                    // Pointing at or focusing a link is a good sign it is next: its code starts loading.
                    onPointerEnter={() => void route.component.preload()}
                    onFocus={() => void route.component.preload()}
                  >
                    {route.nav}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className="shell__main">
          <div className="shell__content">
            <ConnectionLost />
            <DemoBanner />
            {/* One screen that fails shows its error here, in the frame, until the address changes. */}
            <ErrorBoundary resetKey={location} fallback={failedScreen}>
              <Suspense fallback={<LoadingState label="Opening…" />}>
                {children}
                <OnShown onShown={showScreen} />
              </Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </div>
    </GlobalCommands>
  )
}

/**
 * Once the first screen is ready (its data in, not only its code), loads the code of the screens
 * marked `preloadWhenIdle` while the page has nothing else to do, so they open without waiting
 * for it. Not sooner: a page idle while it waits for its first reads would fetch and compile
 * Insights and its charts in the middle of opening.
 */
function usePreloadWhenIdle(firstScreenReady: boolean): void {
  useEffect(() => {
    if (!firstScreenReady) return
    const preload = () => {
      for (const route of shellRoutes) {
        if (!route.preloadWhenIdle) continue
        void route.component.preload()
        // Insights' drawings settle their own failure (lazyCharts.ts); any part that cannot be
        // loaded now (the server stopped) is loaded when its screen draws it, which says so if it
        // still cannot — never an unhandled error here, where nobody asked for it.
        void route.preloadPartsWhenIdle?.().catch(() => undefined)
      }
    }
    return onIdle(preload)
  }, [firstScreenReady])
}

/**
 * The page's readiness marks (./useAppReady.ts), in a component of their own: they follow every
 * read and write starting and ending, and the shell around the screen (the header, the palette,
 * the dialogs) need not draw again each time — it did, 6-7 times while Insights opened.
 */
function AppReadiness({ firstDataSettled }: { firstDataSettled: boolean }) {
  useAppReady(firstDataSettled)
  return null
}

/** Renders nothing; inside a Suspense boundary, its effect runs once the content around it shows. */
function OnShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown])
  return null
}
