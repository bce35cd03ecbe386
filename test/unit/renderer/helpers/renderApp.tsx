import { render } from '@testing-library/react'
import type { Api } from '../../../../shared/api'
import { App } from '../../../../renderer/src/app/App'

/** Renders the whole app at a hash route, talking to the given Api. */
export function renderApp(api: Api, route = '/') {
  // A screen's query (`?q=…`) lives in the real query string: start each render without one.
  window.history.replaceState(null, '', window.location.pathname)
  window.location.hash = `#${route}`
  delete document.documentElement.dataset['appReady']
  delete document.documentElement.dataset['appState']
  return render(<App api={api} />)
}
