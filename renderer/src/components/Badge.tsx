import type { ReactNode } from 'react'
import './Badge.css'

export type BadgeTone = 'neutral' | 'info' | 'warning' | 'success' | 'danger'

export function Badge({ tone = 'neutral', title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  )
}
