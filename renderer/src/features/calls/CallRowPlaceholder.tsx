import type { ComponentPropsWithoutRef } from 'react'

export type CallRowPlaceholderProps = { columns: number } & Omit<ComponentPropsWithoutRef<'tr'>, 'children'>

/**
 * A row of the calls list whose page is still on its way: as tall as a call's row (the list keeps
 * its length and the scrollbar its place), with grey bars where the text will be. It keeps its
 * `aria-rowindex`; the table is `aria-busy` meanwhile, so a screen reader waits for the call.
 */
export function CallRowPlaceholder({ columns, ...rowProps }: CallRowPlaceholderProps) {
  return (
    <tr {...rowProps} className="calls-table__placeholder" data-placeholder="true">
      {Array.from({ length: columns }, (_, column) => (
        <td key={column}>
          {column === 0 ? <span className="visually-hidden">Loading…</span> : null}
          <span className="calls-table__bar" aria-hidden="true" />
        </td>
      ))}
    </tr>
  )
}
