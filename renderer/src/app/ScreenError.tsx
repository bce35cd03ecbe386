import { useEffect } from 'react'
import { Link } from 'wouter'
import { Button, buttonClass } from '../components/Button'
import { ScreenLoadError } from '../lib/lazyNamed'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import type { ErrorFallbackProps } from './ErrorBoundary'
import './ScreenError.css'

/** What a person can do about a failure: its words, and whether only a reload helps. */
export function describeScreenFailure(error: unknown): { title: string; body: string; reloadOnly: boolean } {
  if (error instanceof ScreenLoadError) {
    return {
      title: 'This screen could not be loaded',
      body: 'Coachbook could not fetch this part of the app: it may have stopped, or been updated since this page was opened. Reload the page to go on.',
      reloadOnly: true,
    }
  }
  return {
    title: 'This screen could not be shown',
    body: 'Something went wrong while Coachbook was drawing it. Nothing in your journal was changed by this.',
    reloadOnly: false,
  }
}

/** Marks the page while an error screen is showing, for whoever checks the page (tests, the console). */
function useMarkFailed(kind: 'screen' | 'app'): void {
  useEffect(() => {
    document.documentElement.dataset['appError'] = kind
    return () => {
      delete document.documentElement.dataset['appError']
    }
  }, [kind])
}

const reload = () => window.location.reload()

/** One screen failed inside the shell: the navigation stays, and the way back is right here. */
export function ScreenError({ error, reset }: ErrorFallbackProps) {
  useMarkFailed('screen')
  const { title, body, reloadOnly } = describeScreenFailure(error)
  useDocumentTitle(title)
  return (
    <section className="state state--error screen-error" role="alert" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title" className="state__title">
        {title}
      </h1>
      <p className="state__body">{body}</p>
      <div className="state__actions">
        {reloadOnly ? (
          <Button variant="primary" onClick={reload}>
            Reload the page
          </Button>
        ) : (
          <Button variant="primary" onClick={reset}>
            Try again
          </Button>
        )}
        <Link href="/" className={buttonClass('secondary')}>
          Go to Home
        </Link>
        {!reloadOnly && <Button onClick={reload}>Reload the page</Button>}
      </div>
    </section>
  )
}

/** The frame itself failed (navigation, palette): the whole window says so, with a way back. */
export function AppError({ error, reset }: ErrorFallbackProps) {
  useMarkFailed('app')
  const { title, body, reloadOnly } = describeScreenFailure(error)
  const home = () => {
    window.location.hash = '#/'
    reset()
  }
  return (
    <main className="app-error" id="main">
      <section className="state state--error app-error__card" role="alert" aria-labelledby="app-error-title">
        <h1 id="app-error-title" className="state__title">
          {title.replace('This screen', 'Coachbook')}
        </h1>
        <p className="state__body">{body}</p>
        <div className="state__actions">
          <Button variant="primary" onClick={reload}>
            Reload the page
          </Button>
          {!reloadOnly && <Button onClick={home}>Go to Home</Button>}
        </div>
      </section>
    </main>
  )
}
