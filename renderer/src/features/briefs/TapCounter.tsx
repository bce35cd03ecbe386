import { useId, type KeyboardEvent } from 'react'
import { describedBy } from '../../components/Field'
import { COUNT_MAX, COUNT_MIN, stepCount } from './debriefForm'

export type TapCounterProps = {
  label: string
  /** Spoken on the buttons: "One more question asked". */
  unit: { more: string; fewer: string }
  /** As typed: '' is "not counted". */
  value: string
  onChange: (value: string) => void
  error?: string | null | undefined
  hint?: string
}

/**
 * A count kept during the debrief conversation with big − and + buttons, for a tap per question
 * without looking. The number itself is a spinbutton: ↑/↓ step by one, Page ↑/↓ by ten, and it
 * never leaves 0–999 by stepping. A typed value out of range is left for the core to refuse.
 * At a limit its button is marked aria-disabled rather than disabled: a disabled button drops the
 * keyboard focus to the page, and the next tap would land nowhere.
 */
export function TapCounter({ label, unit, value, onChange, error, hint }: TapCounterProps) {
  const base = useId()
  const labelId = `${base}-label`
  const hintId = `${base}-hint`
  const errorId = `${base}-error`
  const current = Number.parseInt(value, 10)
  const atMin = value.trim() === '' || (Number.isFinite(current) && current <= COUNT_MIN)
  const atMax = Number.isFinite(current) && current >= COUNT_MAX

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 }
    const delta = steps[event.key]
    if (delta === undefined || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    if (delta < 0 && value.trim() === '') return
    onChange(stepCount(value, delta))
  }

  return (
    <div className={['counter', error ? 'counter--invalid' : ''].filter(Boolean).join(' ')}>
      <span id={labelId} className="counter__label">
        {label}
      </span>
      <div className="counter__row">
        <button
          type="button"
          className="counter__button"
          aria-label={unit.fewer}
          aria-disabled={atMin}
          onClick={() => {
            if (!atMin) onChange(stepCount(value, -1))
          }}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          className={value.trim().length > 3 ? 'counter__value counter__value--long' : 'counter__value'}
          type="number"
          inputMode="numeric"
          min={COUNT_MIN}
          max={COUNT_MAX}
          step={1}
          value={value}
          placeholder="0"
          aria-labelledby={labelId}
          aria-describedby={describedBy(hint && hintId, error && errorId)}
          aria-invalid={error ? true : undefined}
          onKeyDown={onKeyDown}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="counter__button"
          aria-label={unit.more}
          aria-disabled={atMax}
          onClick={() => {
            if (!atMax) onChange(stepCount(value, 1))
          }}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {hint && (
        <p id={hintId} className="counter__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}
