import type { ReactNode } from 'react'
import { FieldGroup } from '../../components/Field'

export type SegmentOption<V extends string> = { value: V; label: string }

export type SegmentedProps<V extends string> = {
  name: string
  legend: ReactNode
  description?: ReactNode
  options: ReadonlyArray<SegmentOption<V>>
  value: V | null
  onChange: (value: V) => void
  error?: string | null | undefined
  /** Lays the legend beside the buttons (rows of a table-like list) instead of above them. */
  inline?: boolean
  /** `list`: plain radio buttons one under another, for choices with longer labels. */
  variant?: 'segmented' | 'list'
  className?: string
}

/**
 * A small set of exclusive choices drawn as joined buttons. Underneath it is a native radio
 * group, so Tab enters it once and the arrow keys move between the choices.
 */
export function Segmented<V extends string>({
  name,
  legend,
  description,
  options,
  value,
  onChange,
  error,
  inline,
  variant = 'segmented',
  className,
}: SegmentedProps<V>) {
  const list = variant === 'list'
  return (
    <FieldGroup
      legend={legend}
      description={description}
      error={error}
      className={['segmented-field', inline ? 'segmented-field--inline' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <div className={list ? 'choice-list' : 'segmented'}>
        {options.map((option) => (
          <label key={option.value} className={list ? 'choice' : 'segmented__option'}>
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span className={list ? undefined : 'segmented__label'}>{option.label}</span>
          </label>
        ))}
      </div>
    </FieldGroup>
  )
}
