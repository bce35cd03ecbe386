import type { ErrorCode, ErrorIssue } from '../../../shared/result'

/** What the sandbox's worker answers: the reader's value, its AppFailure, or an error nobody expected. */
export type WorkerAnswer =
  | { ok: true; value: unknown }
  | { ok: false; failure: { code: ErrorCode; message: string; issues?: ErrorIssue[] | undefined } }
  | { ok: false; unexpected: { name: string; message: string; stack: string } }
