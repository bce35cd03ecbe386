import { AppFailure } from '../../../shared/result'

/**
 * Parses JSON a person may have edited by hand, so a mistake is reported where it is: "line 3,
 * column 5", computed from the parser's character position (V8 phrases the message differently
 * across versions; the position is what it reliably gives).
 */
export function parseJsonText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') throw new AppFailure('INVALID_INPUT', 'The file is empty')
  try {
    return JSON.parse(body) as unknown
  } catch (error) {
    throw new AppFailure('INVALID_INPUT', describeJsonError(body, error))
  }
}

export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const reason = raw.replace(/\s*\(line \d+ column \d+\)\s*$/, '').replace(/\s*in JSON at position \d+\s*$/, '')
  const position = /at position (\d+)/.exec(raw)?.[1]
  const offset = position !== undefined ? Number(position) : /end of JSON input/i.test(raw) ? text.length : null
  if (offset === null) return `The file is not valid JSON: ${reason}`
  const { line, column } = lineAndColumn(text, offset)
  return `The file is not valid JSON: ${reason} at line ${line}, column ${column}`
}

/** 1-based line and column of a character offset; `\r\n`, `\n` and `\r` each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split(/\r\n|\n|\r/)
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}
