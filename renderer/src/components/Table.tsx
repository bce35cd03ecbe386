import type { ReactNode } from 'react'
import './DataTable.css'

/** A data table in a bordered, horizontally scrollable frame; the caption names it for screen readers. */
export function Table({ caption, children, rowCount }: { caption: string; children: ReactNode; rowCount?: number }) {
  return (
    <div className="table-wrap">
      {/* rowCount: every row a virtualized table stands for, the header row included. */}
      <table className="table" aria-rowcount={rowCount}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  )
}
