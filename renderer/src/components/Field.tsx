import { useId, type ReactNode } from 'react'
import './Field.css'

/** What a Field hands its control so label, description and error are wired up for assistive tech. */
export type FieldControlProps = {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
  'aria-required'?: true
}

export type FieldProps = {
  label: ReactNode
  /** Help shown under the label and read with the control. */
  description?: ReactNode
  /** The message to fix, shown under the control and announced with it. */
  error?: string | null | undefined
  required?: boolean
  /** Marks the field as optional in its label (the calmer default is to mark only the optional ones). */
  optional?: boolean
  id?: string
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ')
  return list === '' ? undefined : list
}

/** A labelled control with optional help text and an error message next to it. */
export function Field({ label, description, error, required, optional, id, className, children }: FieldProps) {
  const generated = useId()
  const controlId = id ?? `field-${generated}`
  const descriptionId = description ? `${controlId}-description` : undefined
  const errorId = error ? `${controlId}-error` : undefined
  const control: FieldControlProps = { id: controlId }
  const by = describedBy(descriptionId, errorId)
  if (by) control['aria-describedby'] = by
  if (error) control['aria-invalid'] = true
  if (required) control['aria-required'] = true

  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={controlId}>
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      {description && (
        <p className="field__description" id={descriptionId}>
          {description}
        </p>
      )}
      {children(control)}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}

export type FieldGroupProps = {
  legend: ReactNode
  description?: ReactNode
  error?: string | null | undefined
  optional?: boolean
  className?: string
  children: ReactNode
}

/** A set of related controls (radio buttons, checkboxes) under one legend. */
export function FieldGroup({ legend, description, error, optional, className, children }: FieldGroupProps) {
  const base = `group-${useId()}`
  const descriptionId = description ? `${base}-description` : undefined
  const errorId = error ? `${base}-error` : undefined
  return (
    <fieldset
      className={['field', 'field-group', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy(descriptionId, errorId)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">
        {legend}
        {optional && <span className="field__optional"> (optional)</span>}
      </legend>
      {description && (
        <p className="field__description" id={descriptionId}>
          {description}
        </p>
      )}
      {children}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
