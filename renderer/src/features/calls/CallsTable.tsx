import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { Link } from 'wouter'
import type { CallSummary } from '../../../../shared/entities'
import { STAGE_LABELS } from '../../../../shared/labels'
import { Badge } from '../../components/Badge'
import { Table } from '../../components/Table'
import { formatDay, formatMoney, formatTime } from '../../lib/format'
import { RoleSummary } from './RoleSummary'
import { StakesBadge } from './StakesBadge'
import './calls.css'
import { paths } from '../../app/paths'

export type CallsTableProps = {
  calls: readonly CallSummary[]
  currency: string
  /** Leave the rep column out where every call is the same rep's. */
  showRep?: boolean
  caption?: string
}

export function CallsTable({ calls, currency, showRep = true, caption = 'Calls, newest first' }: CallsTableProps) {
  return (
    <div className="calls-table">
      <Table caption={caption}>
        <CallsHead showRep={showRep} />
        <tbody>
          {calls.map((call) => (
            <CallRow key={call.id} call={call} currency={currency} showRep={showRep} />
          ))}
        </tbody>
      </Table>
    </div>
  )
}

export function CallsHead({ showRep }: { showRep: boolean }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col">Date</th>
        {showRep && <th scope="col">Rep</th>}
        <th scope="col">Account</th>
        <th scope="col" className="num">
          Deal value
        </th>
        <th scope="col">Your role</th>
      </tr>
    </thead>
  )
}

export type CallRowProps = { call: CallSummary; currency: string; showRep: boolean } & Omit<ComponentPropsWithoutRef<'tr'>, 'children'>

/** One call as a table row; the virtualized list passes its row index and fixed height through. */
export const CallRow = forwardRef<HTMLTableRowElement, CallRowProps>(function CallRow({ call, currency, showRep, ...rowProps }, ref) {
  return (
    <tr ref={ref} {...rowProps} data-call-id={call.id} className={call.cancelled ? 'is-cancelled' : undefined}>
      <td className="nowrap">
        {formatDay(call.date, { weekday: false })}
        {call.time && <span className="table__secondary">{formatTime(call.time)}</span>}
      </td>
      {showRep && <td>{call.repName}</td>}
      <th scope="row">
        <Link href={paths.call(call.id)} className="table__primary">
          {call.account ?? call.opportunity ?? 'Untitled call'}
        </Link>
        {call.account && call.opportunity && <span className="table__secondary">{call.opportunity}</span>}
        {(call.cancelled || call.stage) && (
          <span className="badges">
            {call.cancelled && <Badge tone="danger">Cancelled</Badge>}
            {call.stage && <Badge>{STAGE_LABELS[call.stage]}</Badge>}
          </span>
        )}
      </th>
      <td className="num">
        {call.dealValue === null ? <span className="muted">No value</span> : formatMoney(call.dealValue, currency)}
        <span className="table__secondary">
          <StakesBadge stakes={call.effectiveStakes} />
        </span>
      </td>
      <td>
        <RoleSummary planned={call.plannedRole} actual={call.actualRole} />
      </td>
    </tr>
  )
})
