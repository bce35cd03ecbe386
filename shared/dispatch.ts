import type { ZodError } from 'zod'
import { contract, isChannel, splitChannel, type Handlers } from './contract'
import { AppFailure, fail, ok, type Result } from './result'
import { describeFirstIssue, toIssues } from './validation'

/**
 * Carries one call from any face to the core: checks the channel, validates the input against the
 * contract, runs the handler and answers a Result. Never throws, never leaves a promise hanging.
 */
export async function dispatch(handlers: SomeHandlers, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('NOT_FOUND', `Unknown operation "${channel}"`)
  const [ns, method] = splitChannel(channel)
  const operation = (contract[ns] as Record<string, { input: { safeParse: (v: unknown) => ParseResult } }>)[method]
  if (!operation) return fail('NOT_FOUND', `Unknown operation "${channel}"`)
  const parsed = operation.input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return fail('INVALID_INPUT', describeFirstIssue(parsed.error), toIssues(parsed.error))
  }
  const handler = (handlers[ns] as Record<string, (input: unknown) => unknown> | undefined)?.[method]
  if (!handler) return fail('INTERNAL', `Operation "${channel}" has no handler`)
  try {
    return ok(await handler(parsed.data))
  } catch (error) {
    return toFail(error)
  }
}

/** All the handlers (the core), or some namespaces of them (the core host answers `security.*` itself). */
export type SomeHandlers = { [N in keyof Handlers]?: Handlers[N] }

type ParseResult =
  | { success: true; data: unknown }
  | { success: false; error: ZodError }

/** What the person is told while another program (an import from the terminal) is writing. */
export const BUSY_MESSAGE = 'The journal is busy: another program is writing to it. Nothing was lost; try again in a moment.'

/** SQLite's "the database is locked" answers, recognised by their code without importing SQLite. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)
}

export function toFail(error: unknown) {
  if (error instanceof AppFailure) return error.toFail()
  if (isBusyError(error)) return fail('BUSY', BUSY_MESSAGE)
  const message = error instanceof Error ? error.message : String(error)
  return fail('INTERNAL', `Something went wrong: ${message}`)
}
