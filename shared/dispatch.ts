import type { ZodError } from 'zod'
import { contract, isChannel, splitChannel, type Handlers } from './contract'
import { inputShapeProblem } from './inputShape'
import { AppFailure, fail, ok, type Fail, type Result } from './result'
import { describeFirstIssue, toIssues } from './validation'

/** An error nobody expected, as handed to whoever keeps the log: the id the user was shown, and the stack. */
export type UnexpectedError = { id: string; channel: string; error: unknown }

export type DispatchOptions = {
  /** Writes the unexpected error down (with its stack); the user only sees a sentence with its id. */
  reportUnexpected?: (report: UnexpectedError) => void
}

/**
 * Carries one call from any face to the core: checks the channel, looks at the input's shape
 * (depth, size, plain data) before the contract's schema validates it, runs the handler and
 * answers a Result. Never throws, never leaves a promise hanging: whatever goes wrong on the way,
 * schema included, ends as a Fail, and an unexpected one as a plain sentence with an error id.
 */
export async function dispatch(
  handlers: SomeHandlers,
  channel: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  const name = typeof channel === 'string' ? channel : String(channel)
  try {
    if (typeof channel !== 'string' || !isChannel(channel)) return unknownOperation(name)
    const [ns, method] = splitChannel(channel)
    const operation = (contract[ns] as Record<string, { input: { safeParse: (v: unknown) => ParseResult } } | undefined>)[method]
    if (!operation) return unknownOperation(name)
    const shape = inputShapeProblem(rawInput)
    if (shape) {
      const message = shape.path ? `${shape.path}: ${shape.message}` : shape.message
      return fail('INVALID_INPUT', message, [shape])
    }
    const parsed = operation.input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      return fail('INVALID_INPUT', describeFirstIssue(parsed.error), toIssues(parsed.error))
    }
    const handler = (handlers[ns] as Record<string, ((input: unknown) => unknown) | undefined> | undefined)?.[method]
    if (!handler) throw new Error(`Operation "${channel}" has no handler`)
    return ok(await handler(parsed.data))
  } catch (error) {
    return toFail(error, { channel: name, reportUnexpected: options.reportUnexpected })
  }
}

/** All the handlers (the core), or some namespaces of them (the core host answers `security.*` itself). */
export type SomeHandlers = { [N in keyof Handlers]?: Handlers[N] }

type ParseResult = { success: true; data: unknown } | { success: false; error: ZodError }

/** The name as the caller spelled it, cut short and stripped of what a message should not carry. */
function unknownOperation(channel: string): Fail {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const shown = channel.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 80)
  return fail('NOT_FOUND', `Unknown operation "${shown}"`)
}

/** What the person is told while another program (an import from the terminal) is writing. */
export const BUSY_MESSAGE = 'The journal is busy: another program is writing to it. Nothing was lost; try again in a moment.'

/** SQLite's "the database is locked" answers, recognised by their code without importing SQLite. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)
}

/** What the person is told when the disk that holds the journal has no room left. */
export const DISK_FULL_MESSAGE =
  'The disk is full, so Coachbook could not write this to the journal. Nothing already saved was lost: free some space on the disk and try again.'

/**
 * A write the disk had no room for: SQLite's SQLITE_FULL (its answer to ENOSPC, and to a journal
 * at its size limit) or Node's ENOSPC, recognised by their code without importing either.
 */
export function isDiskFullError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_FULL' || code === 'ENOSPC'
}

/**
 * A thrown value as a Fail. An `AppFailure` keeps its code and words; another program's lock is
 * BUSY (the core host retries it); a full disk is DISK_FULL; anything else was not expected, so its own message (a SQLite or JavaScript one) stays in the log and the user reads
 * a sentence with the error id that finds it there.
 */
export function toFail(error: unknown, context: { channel?: string; reportUnexpected?: ((report: UnexpectedError) => void) | undefined } = {}): Fail {
  if (error instanceof AppFailure) return error.toFail()
  if (isBusyError(error)) return fail('BUSY', BUSY_MESSAGE)
  // Not unexpected, and nothing to log: the log is on the same full disk.
  if (isDiskFullError(error)) return fail('DISK_FULL', DISK_FULL_MESSAGE)
  const id = newErrorId()
  try {
    context.reportUnexpected?.({ id, channel: context.channel ?? '', error })
  } catch {
    // A log that cannot be written must not turn one failure into two.
  }
  return fail('INTERNAL', unexpectedMessage(id))
}

export function unexpectedMessage(id: string): string {
  return `Coachbook ran into an unexpected problem and did not finish this (error ${id}). Try again; if it happens again, the error log has the details under this code.`
}

const ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** Eight characters that are easy to read aloud (no 0/O or 1/I): unique enough to find one line in a log. */
export function newErrorId(): string {
  let id = ''
  for (let i = 0; i < 8; i++) id += ID_ALPHABET[Math.floor(Math.random() * ID_ALPHABET.length)]
  return id
}
