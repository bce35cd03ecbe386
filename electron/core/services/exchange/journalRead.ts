import { inputShapeProblem } from '../../../../shared/inputShape'
import { journalFileSchema, type ParsedJournalFile } from '../../../../shared/journalFile'
import { AppFailure } from '../../../../shared/result'
import { describeFirstIssue, toIssues } from '../../../../shared/validation'
import { parseJsonText } from '../jsonText'

/**
 * Parses and validates a journal file's text; the error names the first bad field. Pure (no
 * journal, no database): it runs in the file sandbox (electron/core/sandbox), off the thread that
 * serves the journal. The shape is checked before the schema, so a file nested past
 * INPUT_MAX_DEPTH is refused before the recursive rich-text schema could exhaust the stack.
 */
export function readJournalFile(text: string): ParsedJournalFile {
  const value = parseJsonText(text)
  // The file's size already bounds how many values it holds; only its depth needs a limit here.
  const shape = inputShapeProblem(value, { maxValues: Number.POSITIVE_INFINITY })
  if (shape) {
    const message = `The journal file cannot be read: ${shape.path ? `${shape.path}: ` : ''}${shape.message}`
    throw new AppFailure('INVALID_INPUT', message, [shape])
  }
  const parsed = journalFileSchema.safeParse(value)
  if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeFirstIssue(parsed.error), toIssues(parsed.error))
  return parsed.data
}
