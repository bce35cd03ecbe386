import { useEffect } from 'react'
import { UNAUTHORIZED_MESSAGE } from '../api/transports/httpTransport'
import './SessionMissing.css'

/**
 * Browser mode without its session (the page was opened without the link's token, or the
 * server was restarted): nothing else can work, so say so once, full screen.
 */
export function SessionMissing() {
  useEffect(() => {
    document.documentElement.dataset['appState'] = 'unauthorized'
    document.title = 'Open Coachbook from its link · Coachbook'
  }, [])
  return (
    <main className="session-missing" id="main">
      <div className="session-missing__card">
        <h1>This page is not connected to your journal</h1>
        <p className="session-missing__lead">{UNAUTHORIZED_MESSAGE}</p>
        <p className="muted">
          When Coachbook runs in browser mode, it prints a private link in the terminal each time it starts, such as{' '}
          <code>http://127.0.0.1:4785/?token=…</code>. That link lets this browser tab reach your journal; a tab opened
          any other way, or left over from an earlier run, cannot.
        </p>
      </div>
    </main>
  )
}
