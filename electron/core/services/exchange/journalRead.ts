import { inputShapeProblem } from '../../../../shared/inputShape'
import {
  JOURNAL_VERSION,
  journalFileSchema,
  newerFormatOf,
  type ParsedJournalFile,
  type WrittenBy,
} from '../../../../shared/journalFile'
import { AppFailure } from '../../../../shared/result'
import { describeFirstIssue, toIssues } from '../../../../shared/validation'
import { parseJsonText } from '../jsonText'

/**
 * Parses and validates a journal file's text; the error names the first bad field. Pure (no
 * journal, no database): it runs in the file sandbox (electron/core/sandbox), off the thread that
 * serves the journal. The shape is checked before the schema, so a file nested past
 * INPUT_MAX_DEPTH is refused before the recursive rich-text schema could exhaust the stack. A
 * file in a newer format is refused as NEWER_SCHEMA, saying which Coachbook wrote it, before its
 * fields are judged by this version's rules.
 */
export function readJournalFile(text: string, appVersion: string): ParsedJournalFile {
  const value = parseJsonText(text)
  // The file's size already bounds how many values it holds; only its depth needs a limit here.
  const shape = inputShapeProblem(value, { maxValues: Number.POSITIVE_INFINITY })
  if (shape) {
    const message = `The journal file cannot be read: ${shape.path ? `${shape.path}: ` : ''}${shape.message}`
    throw new AppFailure('INVALID_INPUT', message, [shape])
  }
  const newer = newerFormatOf(value)
  if (newer) throw new AppFailure('NEWER_SCHEMA', newerFileMessage(newer.version, newer.writtenBy, appVersion))
  const parsed = journalFileSchema.safeParse(value)
  if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeFirstIssue(parsed.error), toIssues(parsed.error))
  return parsed.data
}

export function newerFileMessage(version: number, writtenBy: WrittenBy | null, appVersion: string): string {
  const writer = writtenBy ? describeWriter(writtenBy) : 'a newer Coachbook'
  return (
    `This journal file was written by ${writer} in format version ${version}; this Coachbook (${appVersion}) reads ` +
    `format version ${JOURNAL_VERSION}. Update Coachbook, then import the file again. Nothing was imported.`
  )
}

export const describeWriter = (writtenBy: WrittenBy) => (writtenBy.version ? `${writtenBy.app} ${writtenBy.version}` : writtenBy.app)
