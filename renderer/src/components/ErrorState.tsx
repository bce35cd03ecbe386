import type { ReactNode } from 'react'
import { Button } from './Button'
import './States.css'

export type ErrorStateProps = {
  title: string
  /** What went wrong, in the words the core or transport gave. */
  message: string
  onRetry?: () => void
  retrying?: boolean
  children?: ReactNode
}

export function ErrorState({ title, message, onRetry, retrying = false, children }: ErrorStateProps) {
  return (
    <section className="state state--error" role="alert" aria-label={title}>
      <h2 className="state__title">{title}</h2>
      <p className="state__body">{message}</p>
      {children}
      {onRetry && (
        <div className="state__actions">
          <Button variant="primary" onClick={onRetry} busy={retrying}>
            {retrying ? 'Trying again…' : 'Try again'}
          </Button>
        </div>
      )}
    </section>
  )
}
