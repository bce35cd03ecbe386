import type { ReactNode } from 'react'
import './Toolbar.css'

/** A row of filters above a list, with an optional summary ("3 reps") at its end. */
export function Toolbar({ children, summary }: { children: ReactNode; summary?: ReactNode }) {
  return (
    <div className="toolbar">
      <div className="toolbar__controls">{children}</div>
      {summary && <div className="toolbar__summary">{summary}</div>}
    </div>
  )
}
