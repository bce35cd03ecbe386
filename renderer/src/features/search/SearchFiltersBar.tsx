import { OUTCOMES, ROLES } from '../../../../shared/domain'
import type { Rep } from '../../../../shared/entities'
import { OUTCOME_LABELS, ROLE_LABELS } from '../../../../shared/labels'
import { Button } from '../../components/Button'
import type { SearchFilters } from './searchParams'

export type SearchFiltersBarProps = {
  filters: SearchFilters
  reps: readonly Rep[]
  onChange: (filters: SearchFilters) => void
  onClear: () => void
  active: boolean
}

/** A select's value and its label; the empty value means "no filter". */
type Option = readonly [value: string, label: string]

const ROLE_OPTIONS: readonly Option[] = [['', 'Any'], ...ROLES.map((role): Option => [role, ROLE_LABELS[role]])]
const OUTCOME_OPTIONS: readonly Option[] = [['', 'Any'], ...OUTCOMES.map((outcome): Option => [outcome, OUTCOME_LABELS[outcome]])]

function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  options: readonly Option[]
}) {
  return (
    <div className="search-filter">
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

/** Narrows the results; every filter also works with an empty search box. */
export function SearchFiltersBar({ filters, reps, onChange, onClear, active }: SearchFiltersBarProps) {
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => onChange({ ...filters, [key]: value })
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <FilterSelect
        id="search-filter-rep"
        label="Rep"
        value={filters.rep}
        onChange={(v) => set('rep', v)}
        options={[['', 'All reps'], ...reps.map((rep): Option => [rep.id, rep.archived ? `${rep.name} (archived)` : rep.name])]}
      />
      <FilterSelect
        id="search-filter-show"
        label="Show"
        value={filters.kind}
        onChange={(v) => set('kind', v as SearchFilters['kind'])}
        options={[
          ['', 'Everything'],
          ['call', 'Calls'],
          ['session', 'Coaching sessions'],
          ['rep', 'Reps'],
        ]}
      />
      <FilterSelect
        id="search-filter-planned-role"
        label="Planned role"
        value={filters.planned}
        onChange={(v) => set('planned', v as SearchFilters['planned'])}
        options={ROLE_OPTIONS}
      />
      <FilterSelect
        id="search-filter-role-you-played"
        label="Role you played"
        value={filters.actual}
        onChange={(v) => set('actual', v as SearchFilters['actual'])}
        options={ROLE_OPTIONS}
      />
      <FilterSelect
        id="search-filter-outcome"
        label="Outcome"
        value={filters.outcome}
        onChange={(v) => set('outcome', v as SearchFilters['outcome'])}
        options={OUTCOME_OPTIONS}
      />
      <div className="search-filter">
        <label htmlFor="search-filter-from">From</label>
        <input id="search-filter-from" className="input" type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
      </div>
      <div className="search-filter">
        <label htmlFor="search-filter-to">To</label>
        <input id="search-filter-to" className="input" type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
      </div>
      <div className="search-filter search-filter--action">
        {active && (
          <Button variant="ghost" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </div>
    </fieldset>
  )
}
