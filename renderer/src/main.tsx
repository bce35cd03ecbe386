// First, before React and the app are evaluated: the first screen's reads (app/sendFirstCallsNow.ts).
import './app/sendFirstCallsNow'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/styles/tokens.css'
import './app/styles/base.css'
import { App } from './app/App'
import { firstScreenReady } from './app/firstScreen'
import { applyStoredTheme } from './app/theme'

const root = document.getElementById('root')
if (!root) throw new Error('Coachbook: the page has no #root element')
applyStoredTheme()

// Drawn once the screen's code and the answers of its reads (which left above) are here: with its
// content at the first render, not behind a fallback or a loading state (app/firstScreen.ts).
void firstScreenReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
