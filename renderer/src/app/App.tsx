import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useState } from 'react'
import { Route, Router, Switch } from 'wouter'
import type { Api } from '../../../shared/api'
import { ApiProvider } from '../api/ApiProvider'
import { getApi } from '../api/client'
import { ToastProvider } from '../components/Toast'
import { lazyNamed } from '../lib/lazyNamed'
import { folderPicker } from '../platform'
import { NotFoundPage } from './NotFoundPage'
import { useAppLocation } from './hashLocation'
import { createQueryClient } from './queryClient'
import { printRoutes, shellRoutes } from './routes'
import { SessionMissing } from './SessionMissing'
import { Shell } from './Shell'

export type AppProps = {
  /** Defaults to the transport the page runs on (Electron's bridge or browser mode's HTTP). */
  api?: Api
  queryClient?: QueryClient
}

const RecoveryScreen = lazyNamed(() => import('../features/recovery/RecoveryScreen'), 'RecoveryScreen')

export function App({ api, queryClient }: AppProps) {
  const [sessionMissing, setSessionMissing] = useState(false)
  // The first read of a journal that needs recovery answers NEEDS_RECOVERY: the whole app gives
  // way to the recovery screen (features/recovery).
  const [needsRecovery, setNeedsRecovery] = useState(false)
  const [client] = useState(
    () =>
      queryClient ??
      createQueryClient({ onUnauthorized: () => setSessionMissing(true), onNeedsRecovery: () => setNeedsRecovery(true) }),
  )
  const [resolvedApi] = useState(() => api ?? getApi())

  return (
    <ApiProvider api={resolvedApi}>
      <QueryClientProvider client={client}>
        <ToastProvider>
          {sessionMissing ? (
            <SessionMissing />
          ) : needsRecovery ? (
            <Suspense fallback={null}>
              <RecoveryScreen folders={folderPicker()} />
            </Suspense>
          ) : (
            <Router hook={useAppLocation}>
              <AppRoutes />
            </Router>
          )}
        </ToastProvider>
      </QueryClientProvider>
    </ApiProvider>
  )
}

export function AppRoutes() {
  return (
    <Switch>
      {printRoutes.map((route) => (
        <Route key={route.path} path={route.path}>
          <Suspense fallback={null}>
            <route.component />
          </Suspense>
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
