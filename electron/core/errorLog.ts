import fs from 'node:fs'
import path from 'node:path'
import type { UnexpectedError } from '../../shared/dispatch'

/**
 * Where unexpected errors are written down: `logs/errors.log` in the data folder (private to the
 * user, kept under 1 MB by moving the full file to `errors.1.log`), and one line on stderr for
 * whoever watches the terminal. The person using the app reads only a sentence with the error id;
 * this is where that id leads. Writing the log never throws: a read-only folder loses the entry,
 * not the answer.
 */
export const ERROR_LOG_MAX_BYTES = 1_000_000

export function errorLogPath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'errors.log')
}

export type ErrorLog = (report: UnexpectedError) => void

export function createErrorLog(
  dataDir: string,
  stderr: (line: string) => void = (line) => void process.stderr.write(line),
  now: () => Date = () => new Date(),
): ErrorLog {
  const file = errorLogPath(dataDir)
  return ({ id, channel, error }) => {
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
    const entry = `${now().toISOString()} error ${id} in ${channel || 'an unnamed operation'}\n${stack}\n\n`
    try {
      stderr(`coachbook: unexpected error ${id} in ${channel || 'an unnamed operation'}: ${firstLine(stack)}\n`)
    } catch {
      // stderr closed: the file below still has it.
    }
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
      if (fileSize(file) + entry.length > ERROR_LOG_MAX_BYTES) fs.renameSync(file, file.replace(/\.log$/, '.1.log'))
      fs.appendFileSync(file, entry, { mode: 0o600 })
    } catch {
      // Nowhere to write: the stderr line is all there is.
    }
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}
