import { mapFieldErrors, type FieldErrors } from '../../api/errors'

/**
 * The core names a brief's bad field as `prebrief.takeoverRisk` (the input is `{ callId,
 * prebrief }`); the form knows it as `takeoverRisk`. Whatever no field can show is `formError`.
 */
export function briefFieldErrors<F extends string>(
  error: unknown,
  prefix: 'prebrief' | 'debrief',
  fields: readonly F[],
): { fieldErrors: FieldErrors<F>; formError: string | null } {
  const prefixed = fields.map((field) => `${prefix}.${field}`)
  const { fieldErrors, formError } = mapFieldErrors(error, prefixed)
  const out: FieldErrors<F> = {}
  for (const [key, message] of Object.entries(fieldErrors)) {
    if (message !== undefined) out[key.slice(prefix.length + 1) as F] = message
  }
  return { fieldErrors: out, formError }
}
