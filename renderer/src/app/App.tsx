import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useState } from 'react'
import { Route, Router, Switch } from 'wouter'
import type { Api } from '../../../shared/api'
import { ApiProvider } from '../api/ApiProvider'
import { getApi } from '../api/client'
import { ToastProvider } from '../components/Toast'
import { PrintMessage } from '../features/print/PrintDocument'
import { ErrorBoundary } from './ErrorBoundary'
import { NotFoundPage } from './NotFoundPage'
import { useAppLocation } from './hashLocation'
import { createQueryClient } from './queryClient'
import { printRoutes, shellRoutes } from './routes'
import { AppError, describeScreenFailure } from './ScreenError'
import { SessionMissing } from './SessionMissing'
import { Shell } from './Shell'

export type AppProps = {
  /** Defaults to the transport the page runs on (Electron's bridge or browser mode's HTTP). */
  api?: Api
  queryClient?: QueryClient
}

export function App({ api, queryClient }: AppProps) {
  const [sessionMissing, setSessionMissing] = useState(false)
  const [client] = useState(() => queryClient ?? createQueryClient({ onUnauthorized: () => setSessionMissing(true) }))
  const [resolvedApi] = useState(() => api ?? getApi())

  // Outermost: whatever fails, even the frame around the screens, the window keeps a way back.
  return (
    <ErrorBoundary fallback={AppError}>
      <ApiProvider api={resolvedApi}>
        <QueryClientProvider client={client}>
          <ToastProvider>
            {sessionMissing ? (
              <SessionMissing />
            ) : (
              <Router hook={useAppLocation}>
                <AppRoutes />
              </Router>
            )}
          </ToastProvider>
        </QueryClientProvider>
      </ApiProvider>
    </ErrorBoundary>
  )
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
