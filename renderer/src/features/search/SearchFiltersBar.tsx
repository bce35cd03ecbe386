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

/** Narrows the results; every filter also works with an empty search box. */
export function SearchFiltersBar({ filters, reps, onChange, onClear, active }: SearchFiltersBarProps) {
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => onChange({ ...filters, [key]: value })
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="search-filter">
        <label htmlFor="search-filter-rep">Rep</label>
        <select id="search-filter-rep" className="select" value={filters.rep} onChange={(e) => set('rep', e.target.value)}>
          <option value="">All reps</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.archived ? `${rep.name} (archived)` : rep.name}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filter">
        <label htmlFor="search-filter-show">Show</label>
        <select id="search-filter-show" className="select" value={filters.kind} onChange={(e) => set('kind', e.target.value as SearchFilters['kind'])}>
          <option value="">Everything</option>
          <option value="call">Calls</option>
          <option value="session">Coaching sessions</option>
          <option value="rep">Reps</option>
        </select>
      </div>
      <div className="search-filter">
        <label htmlFor="search-filter-planned-role">Planned role</label>
        <select id="search-filter-planned-role" className="select" value={filters.planned} onChange={(e) => set('planned', e.target.value as SearchFilters['planned'])}>
          <option value="">Any</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filter">
        <label htmlFor="search-filter-role-you-played">Role you played</label>
        <select id="search-filter-role-you-played" className="select" value={filters.actual} onChange={(e) => set('actual', e.target.value as SearchFilters['actual'])}>
          <option value="">Any</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filter">
        <label htmlFor="search-filter-outcome">Outcome</label>
        <select id="search-filter-outcome" className="select" value={filters.outcome} onChange={(e) => set('outcome', e.target.value as SearchFilters['outcome'])}>
          <option value="">Any</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
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
