import type { ReactNode } from 'react'
import './DataTable.css'

/** A data table in a bordered, horizontally scrollable frame; the caption names it for screen readers. */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  )
}
