import type { Dispatch, SetStateAction } from 'react'
import type { FieldErrors } from '../../api/errors'

/** What a form field takes from its form: the value, how to change it, and its error if any. */
export type FieldBinding<V> = { value: V; onChange: (value: V) => void; error: string | undefined }

/**
 * A brief form's per-field setter, and `bind(key)` handing a field its value, setter and error
 * in one spread (`<TextField label="Lesson" {...bind('lesson')} />`), so the editors do not
 * repeat the same three props for every field. The errors come from the last save, which is why
 * this binds after the form state rather than owning it.
 */
export function bindFields<Form extends object>(
  form: Form,
  setForm: Dispatch<SetStateAction<Form>>,
  fieldErrors: FieldErrors<keyof Form & string>,
) {
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const bind = <K extends keyof Form & string>(key: K): FieldBinding<Form[K]> => ({
    value: form[key],
    onChange: (value) => set(key, value),
    error: fieldErrors[key],
  })
  return { set, bind }
}
