import { readCsv } from '../services/exchange/csvRead'
import { readIcs } from '../services/exchange/icsRead'
import { readJournalReading } from '../services/exchange/journalRead'
import type { ParseJob } from './jobs'

/**
 * The readers themselves, as the sandbox's worker runs them (./worker.ts). A module of its own so
 * that only the worker loads the CSV and calendar parsers: the core imports ./jobs.ts, and every
 * start of the CLI and of the core's threads would otherwise compile them (ical.js alone is
 * 7,000 lines) for files it may never be handed.
 */
export function runParseJob(job: ParseJob): unknown {
  switch (job.kind) {
    case 'journal':
      return readJournalReading(job.text, job.appVersion)
    case 'csv':
      return readCsv(job.text, job.delimiter)
    case 'ics':
      return readIcs(job.text, job.window)
  }
}
