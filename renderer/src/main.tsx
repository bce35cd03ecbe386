// First, before React and the app are evaluated: the first screen's reads (app/sendFirstCallsNow.ts).
import './app/sendFirstCallsNow'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './app/styles/tokens.css'
import './app/styles/base.css'
import { App } from './app/App'
import { firstScreenCode } from './app/firstScreen'
import { applyStoredTheme } from './app/theme'

const root = document.getElementById('root')
if (!root) throw new Error('Coachbook: the page has no #root element')
applyStoredTheme()

// Drawn once the screen's code is here (its reads left above, while it loads): with its content at
// once, not behind a fallback React keeps up for 300 ms (app/firstScreen.ts, lib/lazyNamed.ts).
void firstScreenCode().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
