import type { ReactNode } from 'react'
import './FormAlert.css'

/** A message about a whole form or action (not one field), announced when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div className="form-alert" role="alert">
      {children}
    </div>
  )
}
