import { useId } from 'react'
import type { RootCause } from '../../../../shared/domain'
import { ROOT_CAUSE_LABELS, ROOT_CAUSE_PAIRS } from '../../../../shared/labels'
import { FieldGroup } from '../../components/Field'

export type RootCauseChoiceProps = {
  value: RootCause | null
  onChange: (value: RootCause | null) => void
  error?: string | null | undefined
}

/**
 * The root cause as the three look-alike pairs (confidence or competence, not knowing what to
 * ask or fearing the answer, what is said or how) plus "other". One radio group, laid out by pair
 * so the manager weighs each side against its twin.
 */
export function RootCauseChoice({ value, onChange, error }: RootCauseChoiceProps) {
  const name = `root-cause-${useId()}`
  const option = (cause: RootCause) => (
    <label className="pair__option">
      <input type="radio" name={name} value={cause} checked={value === cause} onChange={() => onChange(cause)} />
      <span>{ROOT_CAUSE_LABELS[cause]}</span>
    </label>
  )
  return (
    <FieldGroup
      legend="What is really holding the rep back?"
      description="Each pair looks alike from the outside. Ask before you decide which side fits."
      error={error}
      optional
      className="root-cause"
    >
      <div className="pairs">
        {ROOT_CAUSE_PAIRS.map(([left, right]) => (
          <div key={left} className="pair">
            {option(left)}
            <span className="pair__or" aria-hidden="true">
              or
            </span>
            {option(right)}
          </div>
        ))}
        <div className="pair pair--single">{option('other')}</div>
      </div>
      {value !== null && (
        <div>
          <button type="button" className="button button--ghost button--sm" onClick={() => onChange(null)}>
            Clear the root cause
          </button>
        </div>
      )}
    </FieldGroup>
  )
}
