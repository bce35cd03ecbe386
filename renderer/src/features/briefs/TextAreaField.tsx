import type { ReactNode } from 'react'
import { Field } from '../../components/Field'

export type TextAreaFieldProps = {
  label: ReactNode
  description?: ReactNode
  value: string
  onChange: (value: string) => void
  error?: string | null | undefined
  placeholder?: string
  rows?: number
  id?: string
  className?: string
}

/** A labelled multi-line text box; its error shows under it. */
export function TextAreaField({ label, description, value, onChange, error, placeholder, rows = 2, id, className }: TextAreaFieldProps) {
  return (
    <Field label={label} description={description} error={error} {...(id ? { id } : {})} {...(className ? { className } : {})}>
      {(control) => (
        <textarea
          {...control}
          className="input brief-textarea"
          rows={rows}
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

export type TextFieldProps = Omit<TextAreaFieldProps, 'rows'>

/** A labelled one-line text box. */
export function TextField({ label, description, value, onChange, error, placeholder, id, className }: TextFieldProps) {
  return (
    <Field label={label} description={description} error={error} {...(id ? { id } : {})} {...(className ? { className } : {})}>
      {(control) => (
        <input
          {...control}
          type="text"
          className="input"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
