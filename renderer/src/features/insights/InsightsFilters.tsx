import { PERIOD_LABELS, PERIOD_PRESETS, type PeriodPreset, type ResolvedPeriod } from '../../../../shared/insightsPeriod'
import type { Rep } from '../../../../shared/entities'
import type { InsightsView } from './insightsParams'

export type InsightsFiltersProps = {
  view: InsightsView
  reps: readonly Rep[]
  onChange: (view: InsightsView) => void
  /** Shown next to the custom days when they do not make a period yet. */
  customProblem: string | null
  /** The days shown now: choosing "Custom" starts from them, to be adjusted. */
  period?: ResolvedPeriod | null | undefined
}

/** Period and rep: every change goes to the address, which the screen reads back. */
export function InsightsFilters({ view, reps, onChange, customProblem, period }: InsightsFiltersProps) {
  const choose = (preset: PeriodPreset) =>
    onChange(preset === 'custom' && period ? { ...view, preset, from: view.from ?? period.from, to: view.to ?? period.to } : { ...view, preset })
  return (
    <fieldset className="insights-filters">
      <legend className="visually-hidden">Period and rep</legend>
      <div className="insights-filter">
        <label htmlFor="insights-period">Period</label>
        <select
          id="insights-period"
          className="select"
          value={view.preset}
          onChange={(e) => choose(e.target.value as PeriodPreset)}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PERIOD_LABELS[preset]}
            </option>
          ))}
        </select>
      </div>
      {view.preset === 'custom' && (
        <>
          <div className="insights-filter">
            <label htmlFor="insights-from">From</label>
            <input
              id="insights-from"
              className="input"
              type="date"
              value={view.from ?? ''}
              aria-describedby={customProblem ? 'insights-custom-problem' : undefined}
              onChange={(e) => onChange({ ...view, from: e.target.value || undefined })}
            />
          </div>
          <div className="insights-filter">
            <label htmlFor="insights-to">To</label>
            <input
              id="insights-to"
              className="input"
              type="date"
              value={view.to ?? ''}
              aria-describedby={customProblem ? 'insights-custom-problem' : undefined}
              onChange={(e) => onChange({ ...view, to: e.target.value || undefined })}
            />
          </div>
        </>
      )}
      <div className="insights-filter">
        <label htmlFor="insights-rep">Rep</label>
        <select id="insights-rep" className="select" value={view.repId} onChange={(e) => onChange({ ...view, repId: e.target.value })}>
          <option value="">Whole team</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.archived ? `${rep.name} (archived)` : rep.name}
            </option>
          ))}
        </select>
      </div>
      {customProblem && (
        <p className="insights-filters__problem" id="insights-custom-problem" role="status">
          {customProblem}
        </p>
      )}
    </fieldset>
  )
}
