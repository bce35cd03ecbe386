import type { AppError, ErrorCode, ErrorIssue, Result } from '../../../shared/result'

/**
 * A failed Result, thrown inside the renderer so TanStack Query can carry it. Screens read `code`
 * to choose what to show and forms read `issues` (field path → message) to put the words next to
 * the right field.
 */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly issues: readonly ErrorIssue[]

  constructor(error: AppError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    this.issues = error.issues ?? []
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** The value of a successful Result; a failed one is thrown as an `ApiError`. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>

/**
 * Splits an error into messages for the form's own fields and one message for the rest.
 * An issue belongs to a field when its path is the field or lies inside it (`leads.opening`
 * belongs to `leads`); the first message per field wins, as that is the one the core checked
 * first. Whatever no field can show goes to `formError`, so nothing the core said is lost.
 */
export function mapFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): { fieldErrors: FieldErrors<F>; formError: string | null } {
  if (error === null || error === undefined) return { fieldErrors: {}, formError: null }
  if (!isApiError(error)) {
    return { fieldErrors: {}, formError: error instanceof Error ? error.message : 'Something went wrong' }
  }
  const fieldErrors: FieldErrors<F> = {}
  const unplaced: string[] = []
  for (const issue of error.issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`) || issue.path.startsWith(`${f}[`))
    if (field === undefined) unplaced.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message)
    else fieldErrors[field] ??= issue.message
  }
  const placedAny = Object.keys(fieldErrors).length > 0
  let formError: string | null = null
  if (unplaced.length > 0) formError = unplaced.join(' ')
  else if (!placedAny) formError = error.message
  return { fieldErrors, formError }
}
