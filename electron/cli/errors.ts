import { CommanderError } from 'commander'
import { AppFailure } from '../../shared/result'

/**
 * How the CLI fails: one line on stderr (`coachbook: <message>`) and an exit code — 1 when the
 * work failed, 2 when the command line was wrong. Expected failures never print a stack.
 */
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

export class CliError extends Error {
  readonly exitCode: number

  constructor(message: string, exitCode: number = EXIT_FAILURE) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** Writes the one line and answers the exit code. */
export function reportError(error: unknown, writeErr: (text: string) => void, debug = false): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return error.exitCode
    // Commander prefixes "error: "; the program name takes its place.
    writeErr(`coachbook: ${oneLine(error.message.replace(/^error:\s*/i, ''))}\n`)
    return EXIT_USAGE
  }
  if (error instanceof CliError) {
    writeErr(`coachbook: ${oneLine(error.message)}\n`)
    return error.exitCode
  }
  if (error instanceof AppFailure) {
    writeErr(`coachbook: ${oneLine(error.message)}\n`)
    return EXIT_FAILURE
  }
  const message = error instanceof Error ? error.message : String(error)
  writeErr(`coachbook: ${oneLine(message)}\n`)
  if (debug && error instanceof Error && error.stack) writeErr(`${error.stack}\n`)
  return EXIT_FAILURE
}
