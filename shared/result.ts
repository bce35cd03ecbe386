/**
 * The envelope every contract call answers with. Nothing crosses a face boundary as an
 * exception: the core throws `AppFailure` internally and the dispatcher turns it into `fail`.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'NEWER_SCHEMA',
  'IO_FAILURE',
  /**
   * The disk that holds the journal is full: SQLite wrote nothing (the statement and its
   * transaction are undone). The same call may be made again once there is room.
   */
  'DISK_FULL',
  /** Another program holds the journal's write lock; the same call may simply be made again. */
  'BUSY',
  /** The journal file is missing, empty or damaged: only recovery (restore, salvage) can go on. */
  'NEEDS_RECOVERY',
  'UNAUTHORIZED',
  /** The journal is encrypted and locked: unlock it (security.unlock) first. Nothing was done. */
  'LOCKED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type ErrorIssue = { path: string; message: string }
export type AppError = { code: ErrorCode; message: string; issues?: ErrorIssue[] }

export type Ok<T> = { ok: true; value: T }
export type Fail = { ok: false; error: AppError }
export type Result<T> = Ok<T> | Fail

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, issues?: ErrorIssue[]): Fail {
  return { ok: false, error: issues && issues.length > 0 ? { code, message, issues } : { code, message } }
}

/** Thrown inside the core for expected failures; converted to a `Fail` at the boundary. */
export class AppFailure extends Error {
  readonly code: ErrorCode
  readonly issues: ErrorIssue[] | undefined

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message)
    this.name = 'AppFailure'
    this.code = code
    this.issues = issues
  }

  toFail(): Fail {
    return fail(this.code, this.message, this.issues)
  }
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; error?: unknown }
  return v.ok === true || (v.ok === false && typeof v.error === 'object' && v.error !== null)
}
