import { defaultDirection, type CallListSort } from '../../../../shared/callList'
import { ROLES, STAKES } from '../../../../shared/domain'
import type { Rep } from '../../../../shared/entities'
import { ROLE_LABELS, STAKES_LABELS } from '../../../../shared/labels'
import { Button } from '../../components/Button'
import type { CallsView } from './callsListParams'

type Option = readonly [value: string, label: string]

const WHEN_OPTIONS: readonly Option[] = [
  ['all', 'All calls'],
  ['upcoming', 'Upcoming'],
  ['past', 'Past'],
]
const SORT_OPTIONS: readonly Option[] = [
  ['date', 'Date'],
  ['dealValue', 'Deal value'],
  ['rep', 'Rep'],
]

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly Option[]; onChange: (value: string) => void }) {
  return (
    <div className="calls-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The Calls screen's split, filters and order; every change asks the core for a new first page. */
export function CallsFiltersBar({ view, reps, onChange, onClear, filtered }: { view: CallsView; reps: readonly Rep[]; onChange: (view: CallsView) => void; onClear: () => void; filtered: boolean }) {
  const set = <K extends keyof CallsView>(key: K, value: CallsView[K]) => onChange({ ...view, [key]: value })
  const directionLabels: Record<CallListSort, [asc: string, desc: string]> = {
    date: ['Oldest first', 'Newest first'],
    dealValue: ['Smallest first', 'Largest first'],
    rep: ['A to Z', 'Z to A'],
  }
  const [ascLabel, descLabel] = directionLabels[view.sort]
  return (
    <div className="calls-filters" role="search" aria-label="Filter and sort calls">
      <fieldset className="calls-when">
        <legend className="visually-hidden">Which calls</legend>
        {WHEN_OPTIONS.map(([value, label]) => (
          <label key={value} className={`calls-when__choice${view.when === value ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name="calls-when"
              value={value}
              checked={view.when === value}
              onChange={() => {
                const when = value as CallsView['when']
                onChange({ ...view, when, direction: defaultDirection(view.sort, when === 'all' ? undefined : when) })
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="calls-filters__row">
        <Select
          id="calls-filter-rep"
          label="Rep"
          value={view.repId}
          options={[['', 'Any rep'], ...reps.map((rep): Option => [rep.id, rep.archived ? `${rep.name} (archived)` : rep.name])]}
          onChange={(value) => set('repId', value)}
        />
        <Select
          id="calls-filter-stakes"
          label="Stakes"
          value={view.stakes}
          options={[['', 'Any'], ...STAKES.map((stakes): Option => [stakes, STAKES_LABELS[stakes]])]}
          onChange={(value) => set('stakes', value as CallsView['stakes'])}
        />
        <Select
          id="calls-filter-role"
          label="Your role"
          value={view.role}
          options={[['', 'Any'], ...ROLES.map((role): Option => [role, ROLE_LABELS[role]])]}
          onChange={(value) => set('role', value as CallsView['role'])}
        />
        <Select
          id="calls-sort"
          label="Sort by"
          value={view.sort}
          options={SORT_OPTIONS}
          onChange={(value) => {
            const sort = value as CallListSort
            onChange({ ...view, sort, direction: defaultDirection(sort, view.when === 'all' ? undefined : view.when) })
          }}
        />
        <Select
          id="calls-sort-direction"
          label="Order"
          value={view.direction}
          options={[
            ['asc', ascLabel],
            ['desc', descLabel],
          ]}
          onChange={(value) => set('direction', value as CallsView['direction'])}
        />
        <label className="calls-filter calls-filter--check">
          <input type="checkbox" checked={view.awaitingDebrief} onChange={(e) => set('awaitingDebrief', e.target.checked)} />
          Waiting for a debrief
        </label>
        {filtered && (
          <div className="calls-filter calls-filter--action">
            <Button onClick={onClear}>Clear filters</Button>
          </div>
        )}
      </div>
    </div>
  )
}
