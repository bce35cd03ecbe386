/**
 * Whether a form's values differ from those it opened with, leaving out the fields the form
 * fills in by itself (the only rep, chosen once the list loads): what Escape would discard.
 */
export function formChanged<T extends object>(initial: T, values: T, ignore: readonly (keyof T)[] = []): boolean {
  const keys = Object.keys(values) as (keyof T)[]
  return keys.some((key) => !ignore.includes(key) && JSON.stringify(values[key]) !== JSON.stringify(initial[key]))
}
