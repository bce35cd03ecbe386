import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useState } from 'react'
import { Route, Router, Switch } from 'wouter'
import type { Api } from '../../../shared/api'
import { ApiProvider } from '../api/ApiProvider'
import { getApi } from '../api/client'
import { connection } from '../api/live/connection'
import { detectChangeSource, type ChangeSource } from '../api/live/journalChanges'
import { ToastProvider } from '../components/Toast'
import { JournalLockGate } from '../features/security/JournalLockGate'
import { SECURITY_STATUS_KEY } from '../features/security/useSecurity'
import { PrintMessage } from '../features/print/PrintDocument'
import { ErrorBoundary } from './ErrorBoundary'
import { lazyNamed } from '../lib/lazyNamed'
import { folderPicker } from '../platform'
import { NotFoundPage } from './NotFoundPage'
import { useAppLocation } from './hashLocation'
import { createQueryClient } from './queryClient'
import { startFirstScreen } from './firstScreen'
import { printRoutes, shellRoutes } from './routes'
import { AppError, describeScreenFailure } from './ScreenError'
import { SessionMissing } from './SessionMissing'
import { Shell } from './Shell'
import { useJournalChanges } from './useJournalChanges'

export type AppProps = {
  /** Defaults to the transport the page runs on (Electron's bridge or browser mode's HTTP). */
  api?: Api
  queryClient?: QueryClient
  /** Changes made elsewhere; by default the page's own (none when a test hands in its Api). */
  changes?: ChangeSource | null
}

const RecoveryScreen = lazyNamed(() => import('../features/recovery/RecoveryScreen'), 'RecoveryScreen')

export function App({ api, queryClient, changes }: AppProps) {
  const [sessionMissing, setSessionMissing] = useState(false)
  // The first read of a journal that needs recovery answers NEEDS_RECOVERY: the whole app gives
  // way to the recovery screen (features/recovery).
  const [needsRecovery, setNeedsRecovery] = useState(false)
  // A tab that was connected and lost its session was restarted under it: the shell says so above
  // the page (ConnectionLost), which stays, with what was typed. Only a tab never connected is
  // replaced by the full "not connected" screen.
  const [resolvedApi] = useState(() => api ?? getApi())
  const [client] = useState(() => {
    if (queryClient) return queryClient
    const created: QueryClient = createQueryClient({
      onUnauthorized: () => !connection.hasBeenConnected && setSessionMissing(true),
      onNeedsRecovery: () => setNeedsRecovery(true),
      // Locked elsewhere (another window, the idle lock of another tab): show the lock screen here too.
      onLocked: () => void created.invalidateQueries({ queryKey: SECURITY_STATUS_KEY }),
    })
    // The page's own app (not a test's): the screen in the address starts its reads now, while its
    // code loads (asked for by main.tsx), instead of one after the other once drawn (./firstScreen.ts).
    if (!api) startFirstScreen(created, resolvedApi)
    return created
  })
  const [changeSource] = useState(() => (changes !== undefined ? changes : api ? null : detectChangeSource()))

  // Outermost: whatever fails, even the frame around the screens, the window keeps a way back.
  return (
    <ErrorBoundary fallback={AppError}>
      <ApiProvider api={resolvedApi}>
        <QueryClientProvider client={client}>
          {sessionMissing ? (
            <SessionMissing />
          ) : (
            // The toasts inside the lock's gate: locking takes away any message naming someone with the rest.
            <JournalLockGate>
              <ToastProvider>
                <JournalChanges source={changeSource} />
                {needsRecovery ? (
                  <Suspense fallback={null}>
                    <RecoveryScreen folders={folderPicker()} />
                  </Suspense>
                ) : (
                  <Router hook={useAppLocation}>
                    <AppRoutes />
                  </Router>
                )}
              </ToastProvider>
            </JournalLockGate>
          )}
        </QueryClientProvider>
      </ApiProvider>
    </ErrorBoundary>
  )
}

function JournalChanges({ source }: { source: ChangeSource | null }) {
  useJournalChanges(source)
  return null
}

export function AppRoutes() {
  return (
    <Switch>
      {printRoutes.map((route) => (
        <Route key={route.path} path={route.path}>
          <ErrorBoundary fallback={PrintFailure}>
            <Suspense fallback={null}>
              <route.component />
            </Suspense>
          </ErrorBoundary>
        </Route>
      ))}
      <Route>
        <Shell>
          <Switch>
            {shellRoutes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Shell>
      </Route>
    </Switch>
  )
}

/** A print view that failed says so on its page, and marks it `data-print-ready="error"` for whoever waits. */
function PrintFailure({ error }: { error: unknown }) {
  const { title, body } = describeScreenFailure(error)
  return (
    <PrintMessage title={title.replace('screen', 'page')} failed>
      {body}
    </PrintMessage>
  )
}
