import { Link } from 'wouter'
import type { Rep } from '../../../../shared/entities'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { Table } from '../../components/Table'
import { formatDay } from '../../lib/format'
import { paths } from '../../app/paths'

export type RepsTableProps = {
  reps: readonly Rep[]
  onEdit: (rep: Rep) => void
  onToggleArchived: (rep: Rep) => void
  pendingId: string | null
}

export function RepsTable({ reps, onEdit, onToggleArchived, pendingId }: RepsTableProps) {
  return (
    <Table caption="Reps">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Title</th>
          <th scope="col">Started</th>
          <th scope="col">Status</th>
          <th scope="col" className="actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {reps.map((rep) => (
          <tr key={rep.id} data-rep-id={rep.id}>
            <th scope="row">
              <Link href={paths.rep(rep.id)} className="table__primary">
                {rep.name}
              </Link>
            </th>
            <td>{rep.title ?? <span className="muted">—</span>}</td>
            <td className="nowrap">{rep.startedOn ? formatDay(rep.startedOn, { weekday: false }) : <span className="muted">—</span>}</td>
            <td>{rep.archived ? <Badge>Archived</Badge> : <Badge tone="success">Active</Badge>}</td>
            <td className="actions">
              <Button size="sm" variant="ghost" onClick={() => onEdit(rep)}>
                Edit<span className="visually-hidden"> {rep.name}</span>
              </Button>
              <Button size="sm" variant="ghost" onClick={() => onToggleArchived(rep)} busy={pendingId === rep.id}>
                {rep.archived ? 'Unarchive' : 'Archive'}
                <span className="visually-hidden"> {rep.name}</span>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
