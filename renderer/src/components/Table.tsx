import type { ReactNode } from 'react'
import './DataTable.css'

/** A data table in a bordered, horizontally scrollable frame; the caption names it for screen readers. */
export function Table({ caption, children, rowCount, busy }: { caption: string; children: ReactNode; rowCount?: number; busy?: boolean }) {
  return (
    <div className="table-wrap">
      {/* rowCount: every row a virtualized table stands for, the header row included. */}
      {/* busy: rows in view are still on their way (a virtualized table's placeholders). */}
      <table className="table" aria-rowcount={rowCount} aria-busy={busy}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  )
}
