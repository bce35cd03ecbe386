import type { ReactNode } from 'react'
import './States.css'

export type EmptyStateProps = {
  title: string
  children?: ReactNode
  /** The helpful first step, e.g. an "Add your first rep" button. */
  action?: ReactNode
  headingLevel?: 2 | 3
}

export function EmptyState({ title, children, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="state state--empty" aria-label={title}>
      <Heading className="state__title">{title}</Heading>
      {children && <div className="state__body">{children}</div>}
      {action && <div className="state__actions">{action}</div>}
    </section>
  )
}
