import type { CsvDelimiterChoice } from '../../../shared/exchange'
import type { ParsedJournalFile } from '../../../shared/journalFile'
import type { CsvTable } from '../services/exchange/csvRead'
import type { IcsReading, IcsWindow } from '../services/exchange/icsRead'
import { expandJournalReading, type JournalReading } from '../services/exchange/journalRead'

/**
 * The work the file sandbox does: reading a file someone handed the journal (a journal file, a
 * CSV, a calendar) into plain data, and nothing else. Each reader is pure (no database, no
 * journal), so it can run in a short-lived worker with a time limit and a memory ceiling, and the
 * core only ever sees its plain result. The readers themselves are in ./runParseJob.ts, which
 * only the worker (and tests) import.
 */
export type ParseJob =
  | { kind: 'journal'; text: string; appVersion: string }
  | { kind: 'csv'; text: string; delimiter: CsvDelimiterChoice }
  | { kind: 'ics'; text: string; window: IcsWindow }

export type ParseKind = ParseJob['kind']

/** How a message names each kind of file. */
export const FILE_KIND_NAMES: Record<ParseKind, string> = {
  journal: 'journal file',
  csv: 'CSV file',
  ics: 'calendar file',
}

/** What the core asks of the sandbox, one method per kind of file. */
export type FileReader = {
  /** `appVersion` names this Coachbook when a file from a newer one is refused. */
  journal(text: string, appVersion: string): Promise<ParsedJournalFile>
  csv(text: string, delimiter: CsvDelimiterChoice): Promise<CsvTable>
  ics(text: string, window: IcsWindow): Promise<IcsReading>
}

/** A FileReader over anything that runs jobs: the worker sandbox, or (in unit tests) the same thread. */
export function fileReader(run: (job: ParseJob) => Promise<unknown>): FileReader {
  return {
    // The records the worker left out are read again here from the same text (services/exchange/journalRead.ts).
    journal: async (text, appVersion) => expandJournalReading(text, (await run({ kind: 'journal', text, appVersion })) as JournalReading),
    csv: async (text, delimiter) => (await run({ kind: 'csv', text, delimiter })) as CsvTable,
    ics: async (text, window) => (await run({ kind: 'ics', text, window })) as IcsReading,
  }
}
