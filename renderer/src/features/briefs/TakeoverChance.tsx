import { useId } from 'react'
import { describedBy } from '../../components/Field'
import { PrivateBadge } from '../../components/PrivateBadge'

export type TakeoverChanceProps = {
  /** As typed: '' is "not estimated". */
  value: string
  onChange: (value: string) => void
  error?: string | null | undefined
}

/**
 * The manager's own forecast of stepping in, 0–100 %, compared after the call with what
 * happened. A slider for a quick guess and a number box for an exact one; they move together.
 * A value out of range is sent as typed so the core says what is wrong, next to the box.
 */
export function TakeoverChance({ value, onChange, error }: TakeoverChanceProps) {
  const base = useId()
  const numberId = `${base}-number`
  const sliderId = `${base}-slider`
  const descriptionId = `${base}-description`
  const errorId = `${base}-error`
  const numeric = Number(value)
  const sliderValue = value.trim() !== '' && Number.isFinite(numeric) ? Math.max(0, Math.min(100, numeric)) : 0
  return (
    <fieldset className={['field', 'field-group', 'takeover', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <legend className="field__label">
        How likely are you to take over?<span className="field__optional"> (optional)</span>
      </legend>
      <p className="field__description" id={descriptionId}>
        <PrivateBadge /> Be honest: only you see it — after the call, next to what happened.
      </p>
      <div className="takeover__controls">
        <label htmlFor={sliderId} className="visually-hidden">
          Chance you take over, slider
        </label>
        <input
          id={sliderId}
          className="takeover__slider"
          type="range"
          min={0}
          max={100}
          step={5}
          value={sliderValue}
          aria-valuetext={value.trim() === '' ? 'Not estimated' : `${sliderValue} percent`}
          aria-describedby={descriptionId}
          onChange={(event) => onChange(event.target.value)}
          data-unset={value.trim() === '' || undefined}
        />
        <span className="takeover__number">
          <label htmlFor={numberId} className="takeover__number-label">
            Chance you take over (%)
          </label>
          <input
            id={numberId}
            className="input takeover__input"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={value}
            placeholder="–"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(descriptionId, error && errorId)}
            onChange={(event) => onChange(event.target.value)}
          />
        </span>
      </div>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
