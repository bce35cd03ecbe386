import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useState } from 'react'
import { Route, Router, Switch } from 'wouter'
import type { Api } from '../../../shared/api'
import { ApiProvider } from '../api/ApiProvider'
import { getApi } from '../api/client'
import { ToastProvider } from '../components/Toast'
import { JournalLockGate } from '../features/security/JournalLockGate'
import { SECURITY_STATUS_KEY } from '../features/security/useSecurity'
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

export function App({ api, queryClient }: AppProps) {
  const [sessionMissing, setSessionMissing] = useState(false)
  const [client] = useState(() => {
    const created: QueryClient = queryClient ?? createQueryClient({
      onUnauthorized: () => setSessionMissing(true),
      // Locked elsewhere (another window, the idle lock of another tab): show the lock screen here too.
      onLocked: () => void created.invalidateQueries({ queryKey: SECURITY_STATUS_KEY }),
    })
    return created
  })
  const [resolvedApi] = useState(() => api ?? getApi())

  return (
    <ApiProvider api={resolvedApi}>
      <QueryClientProvider client={client}>
        {sessionMissing ? (
          <SessionMissing />
        ) : (
          // The toasts inside the gate: locking takes away any message naming someone with the rest.
          <JournalLockGate>
            <ToastProvider>
              <Router hook={useAppLocation}>
                <AppRoutes />
              </Router>
            </ToastProvider>
          </JournalLockGate>
        )}
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
