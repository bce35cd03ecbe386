// First, before React and the app are evaluated: the first screen's reads (app/sendFirstCallsNow.ts).
import './app/sendFirstCallsNow'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/styles/tokens.css'
import './app/styles/base.css'
import { App } from './app/App'
import { firstScreenReady } from './app/firstScreen'
import { applyStoredTheme } from './app/theme'
import { formatDay, todayIso } from './lib/format'

const root = document.getElementById('root')
if (!root) throw new Error('Coachbook: the page has no #root element')
applyStoredTheme()

// The page's first formatted date loads the locale's calendar data (25–35 ms of the main thread
// here, any later format ~0.3 ms): done in a task of its own now, while the first answers are on
// their way, rather than inside the first render. The formatter is kept (lib/format.ts).
setTimeout(() => formatDay(todayIso(), { weekday: false }))

// Drawn once the screen's code and the answers of its reads (which left above) are here: with its
// content at the first render, not behind a fallback or a loading state (app/firstScreen.ts).
void firstScreenReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
