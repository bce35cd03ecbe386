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
  return readJournalValue(text, appVersion).file
}

/** The file's parsed JSON as it was, and what the schema made of it. */
function readJournalValue(text: string, appVersion: string): { value: unknown; file: ParsedJournalFile } {
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
  return { value, file: parsed.data }
}

type RecordKind = 'reps' | 'calls' | 'sessions'
const RECORD_KINDS: readonly RecordKind[] = ['reps', 'calls', 'sessions']

/**
 * A journal file's reading as the file sandbox's worker sends it back: `readJournalFile`'s, but
 * with every rep, call and session the schema took exactly as the file wrote it (in stored form,
 * shared/journalFileStoredForm.ts: the same object, not a copy) left out as null, to be taken
 * from the file's own text again by `expandJournalReading` on the thread that asked. Nearly every
 * record of a file Coachbook exported is such a record; sending them across as objects cost more
 * than reading them again (docs/performance.md, stop 23: the copy was about 0.25 s in the worker
 * and 0.6 s on the journal's thread for a 10,000-call file, the second reading about 0.25 s).
 * The file is judged whole in the worker first, within its limits; the thread that asked parses
 * only a file that passed.
 */
export type JournalReading = Omit<ParsedJournalFile, RecordKind> & {
  reps: (ParsedJournalFile['reps'][number] | null)[]
  calls: (ParsedJournalFile['calls'][number] | null)[]
  sessions: (ParsedJournalFile['sessions'][number] | null)[]
}

export function readJournalReading(text: string, appVersion: string): JournalReading {
  const { value, file } = readJournalValue(text, appVersion)
  const given = (kind: RecordKind): unknown[] => {
    const records = (value as Record<string, unknown>)[kind]
    return Array.isArray(records) ? records : []
  }
  const asGiven = <T>(records: T[], kind: RecordKind): (T | null)[] => {
    const file = given(kind)
    return records.map((record, index) => (record === file[index] ? null : record))
  }
  return { ...file, reps: asGiven(file.reps, 'reps'), calls: asGiven(file.calls, 'calls'), sessions: asGiven(file.sessions, 'sessions') }
}

/**
 * The reading whole again: each record left out is the file's own, read from the same text (the
 * same parser gives the same objects, which the schema took as they are). `readJournalFile`'s
 * answer exactly; journalReading.test.ts holds the two to each other.
 */
export function expandJournalReading(text: string, reading: JournalReading): ParsedJournalFile {
  const missing = RECORD_KINDS.some((kind) => reading[kind].includes(null))
  if (!missing) return reading as ParsedJournalFile
  const value = parseJsonText(text) as Record<string, unknown>
  const fill = <T>(records: (T | null)[], kind: RecordKind): T[] => {
    const file = value[kind]
    if (!Array.isArray(file) || file.length !== records.length) throw new Error(`The journal file's ${kind} do not match its reading`)
    return records.map((record, index) => (record === null ? (file[index] as T) : record))
  }
  return { ...reading, reps: fill(reading.reps, 'reps'), calls: fill(reading.calls, 'calls'), sessions: fill(reading.sessions, 'sessions') }
}

export function newerFileMessage(version: number, writtenBy: WrittenBy | null, appVersion: string): string {
  const writer = writtenBy ? describeWriter(writtenBy) : 'a newer Coachbook'
  return (
    `This journal file was written by ${writer} in format version ${version}; this Coachbook (${appVersion}) reads ` +
    `format version ${JOURNAL_VERSION}. Update Coachbook, then import the file again. Nothing was imported.`
  )
}

export const describeWriter = (writtenBy: WrittenBy) => (writtenBy.version ? `${writtenBy.app} ${writtenBy.version}` : writtenBy.app)
