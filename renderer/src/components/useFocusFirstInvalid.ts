import { useEffect, type RefObject } from 'react'

/**
 * After a failed submit, moves the focus to the first field marked invalid (or, when no field
 * is, to the form's alert) so keyboard and screen-reader users land on what needs fixing.
 * `failure` is whatever identifies one failed attempt: a new value means a new attempt.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, failure: unknown): void {
  useEffect(() => {
    if (!failure || !form.current) return
    const target = form.current.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset), fieldset[aria-invalid="true"] input')
    const fallback = form.current.querySelector<HTMLElement>('[role="alert"]')
    if (target) target.focus()
    else if (fallback) {
      fallback.tabIndex = -1
      fallback.focus()
    }
  }, [form, failure])
}
