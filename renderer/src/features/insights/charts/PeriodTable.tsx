import type { ReactNode } from 'react'
import { Table } from '../../../components/Table'

export type PeriodColumn<Row> = { header: ReactNode; cell: (row: Row) => ReactNode }

/**
 * A chart's numbers as a table, one row per period (month or week): the table view every time
 * chart offers for screen readers and copying. Charts differ only in their columns.
 */
export function PeriodTable<Row extends { period: string; label: string }>({
  caption,
  rows,
  columns,
}: {
  caption: string
  rows: readonly Row[]
  columns: readonly PeriodColumn<Row>[]
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.period}>
            <th scope="row">{row.label}</th>
            {columns.map((column, index) => (
              <td key={index}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
