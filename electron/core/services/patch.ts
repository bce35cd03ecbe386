/**
 * Update inputs are patches: a key that is `undefined` (or absent) leaves the field as it is,
 * `null` clears it, any other value replaces it.
 */
export function applyPatch<T extends object>(current: T, patch: { [K in keyof T]?: T[K] | undefined }): T {
  const next = { ...current }
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key]
    if (value !== undefined && key in current) next[key] = value
  }
  return next
}
