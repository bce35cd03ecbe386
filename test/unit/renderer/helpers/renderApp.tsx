import { render } from '@testing-library/react'
import type { Api } from '../../../../shared/api'
import { App } from '../../../../renderer/src/app/App'

/** Renders the whole app at a hash route, talking to the given Api. */
export function renderApp(api: Api, route = '/') {
  window.location.hash = `#${route}`
  delete document.documentElement.dataset['appReady']
  delete document.documentElement.dataset['appState']
  return render(<App api={api} />)
}
