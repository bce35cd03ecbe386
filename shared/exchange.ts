import { z } from 'zod'
import { isoDaySchema } from './dates'
import type { Outcome, Role, Stage } from './domain'
import { cleanText, idSchema, nameSchema, shortTextSchema } from './fields'
import { IMPORT_TEXT_MAX_CHARS } from './limits'
import { metricsQuerySchema } from './metrics'
import { addPeriodIssue } from './period'
import { fileTextProblem } from './text'

/**
 * Import and export beyond the journal file: the calls CSV, the metrics CSV, CSV imports of past
 * joint calls and iCalendar imports (docs/imports.md, docs/csv-columns.md). The schemas and
 * types live here so the contract, the core and the import screen agree on one vocabulary.
 */

export { IMPORT_TEXT_MAX_CHARS }
/** CSV and calendar files are capped so one request cannot exhaust memory; a binary file is refused by name. */
const importText = z
  .string()
  .max(IMPORT_TEXT_MAX_CHARS, 'That file is too large to import (at most 50 million characters)')
  .superRefine((text, ctx) => {
    const problem = fileTextProblem(text)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** A download: the file name to offer and its whole text. */
export type ExportedFile = { filename: string; text: string }

// ── Exports ────────────────────────────────────────────────────────────────────────────────────

export const callsCsvQuerySchema = z
  .object({
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    repId: idSchema.optional(),
  })
  .strict()

export const METRICS_CSV_GROUPINGS = ['month', 'week', 'rep'] as const
export type MetricsCsvGrouping = (typeof METRICS_CSV_GROUPINGS)[number]

/** The insights query (period, asOf, rep) and which rows the CSV holds: months, ISO weeks or reps. */
export const metricsCsvQuerySchema = metricsQuerySchema.safeExtend({ by: z.enum(METRICS_CSV_GROUPINGS) })

// ── CSV import ─────────────────────────────────────────────────────────────────────────────────

/** The journal fields a CSV column can fill, in the order the mapping screen lists them. */
export const CSV_TARGETS = [
  'date',
  'rep',
  'time',
  'account',
  'opportunity',
  'dealValue',
  'stage',
  'plannedRole',
  'actualRole',
  'outcome',
] as const
export type CsvTarget = (typeof CSV_TARGETS)[number]
export const REQUIRED_CSV_TARGETS: readonly CsvTarget[] = ['date', 'rep']

export const CSV_TARGET_LABELS: Record<CsvTarget, string> = {
  date: 'Date',
  rep: 'Rep name',
  time: 'Time',
  account: 'Account',
  opportunity: 'Opportunity',
  dealValue: 'Deal value',
  stage: 'Stage',
  plannedRole: 'Planned role',
  actualRole: 'Actual role',
  outcome: 'Outcome',
}

export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY'] as const
export type DateFormat = (typeof DATE_FORMATS)[number]
export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  'YYYY-MM-DD': 'YYYY-MM-DD (2026-11-02)',
  'MM/DD/YYYY': 'MM/DD/YYYY (11/02/2026, US)',
  'DD/MM/YYYY': 'DD/MM/YYYY (02/11/2026)',
}

export const CSV_DELIMITERS = ['auto', ',', ';', '\t'] as const
export type CsvDelimiterChoice = (typeof CSV_DELIMITERS)[number]
export type CsvDelimiter = Exclude<CsvDelimiterChoice, 'auto'>

/** Target field → the header of the source column that fills it. Unmapped fields are absent. */
export const csvMappingSchema = z
  .partialRecord(z.enum(CSV_TARGETS), cleanText(z.string().max(500)))
  .transform((mapping) => {
    const clean: Partial<Record<CsvTarget, string>> = {}
    for (const target of CSV_TARGETS) {
      const header = mapping[target]
      if (header !== undefined && header !== '') clean[target] = header
    }
    return clean
  })
export type CsvMapping = Partial<Record<CsvTarget, string>>

export const csvOptionsSchema = z.object({
  /** YYYY-MM-DD is always accepted; this adds one of the slash formats. */
  dateFormat: z.enum(DATE_FORMATS).default('YYYY-MM-DD'),
  /** `1.234,50` (comma before the decimals) instead of `1,234.50`. */
  decimalComma: z.boolean().default(false),
  delimiter: z.enum(CSV_DELIMITERS).default('auto'),
})
export type CsvOptions = z.output<typeof csvOptionsSchema>
export type CsvOptionsInput = z.input<typeof csvOptionsSchema>
export const DEFAULT_CSV_OPTIONS: CsvOptions = { dateFormat: 'YYYY-MM-DD', decimalComma: false, delimiter: 'auto' }

export const mappingNameSchema = cleanText(
  z.string().trim().min(1, 'Give the mapping a name').max(80, 'Keep the name under 80 characters'),
)

/** At most this many rep choices go with one import (a file naming more people is not a team). */
export const MAX_CSV_REP_CHOICES = 1000

/**
 * What a name in the file that no rep has means: an existing rep (`repId`), or a new rep of that
 * name (`null`). The name is compared as the import matches names, ignoring case and accents.
 */
export const csvRepChoiceSchema = z.object({
  name: nameSchema,
  repId: idSchema.nullable(),
})
export type CsvRepChoice = z.output<typeof csvRepChoiceSchema>

const repChoicesSchema = z
  .array(csvRepChoiceSchema)
  .max(MAX_CSV_REP_CHOICES, `At most ${MAX_CSV_REP_CHOICES} rep choices go with one import`)

export const csvPreviewInputSchema = z.object({
  text: importText,
  /** Absent on the first look: the preview then applies a remembered or suggested mapping. */
  mapping: csvMappingSchema.optional(),
  options: csvOptionsSchema.partial().optional(),
  /** Names the file has and no rep has; a name left out takes its remembered choice, else a new rep. */
  repChoices: repChoicesSchema.optional(),
})

export const csvApplyInputSchema = z.object({
  text: importText,
  mapping: csvMappingSchema,
  options: csvOptionsSchema.partial().optional(),
  /** As the preview showed them; apply remembers nothing by itself: a name left out becomes a new rep. */
  repChoices: repChoicesSchema.optional(),
  /** Remember this mapping (with its options and rep choices) under a name, for the next file like this one. */
  saveMappingAs: mappingNameSchema.optional(),
})

/** A problem with the file, a row or a cell. `line` is the file's line (the header is line 1). */
export type ImportProblem = { line: number | null; column: string | null; message: string }

/** One data row as the import reads it. */
export type CsvCallPreview = {
  line: number
  date: string
  time: string | null
  repName: string
  /** No rep in the journal has this name (ignoring case and accents) and none was chosen for it: the import creates one. */
  newRep: boolean
  /** The existing rep the row's call goes to (its name, or the one chosen for it); null for a new rep. */
  repId: string | null
  account: string | null
  opportunity: string | null
  dealValue: number | null
  stage: Stage | null
  plannedRole: Role | null
  actualRole: Role | null
  outcome: Outcome | null
  /** A call from this row is already in the journal (imported before): it is left as it is. */
  alreadyImported: boolean
}

/** A name in the file that no rep has, and what the import will do with it. */
export type CsvUnmatchedName = {
  /** As the file first spells it. */
  name: string
  /** Rows not yet imported that carry it. */
  calls: number
  /** The existing rep it is matched to, or null: a new rep of this name is added. */
  repId: string | null
  /** The choice came from a saved mapping, not from this request. */
  remembered: boolean
}

export type SavedCsvMapping = {
  id: string
  name: string
  kind: 'csv'
  mapping: CsvMapping
  options: CsvOptions
  /** Names once matched to an existing rep, by their match key (case and accents left out): rep id. */
  repChoices: Record<string, string>
  /** The headers it was saved for, as the file spelled them. */
  headers: string[]
  createdAt: string
  updatedAt: string
}

export type CsvImportPreview = {
  headers: string[]
  delimiter: CsvDelimiter
  /** The first 10 data rows as the file has them, one cell per header. */
  sampleRows: string[][]
  /** Guessed from the header names. */
  suggestedMapping: CsvMapping
  /** A remembered mapping saved for the same headers, if any. */
  savedMapping: SavedCsvMapping | null
  /** What this preview applied: the given mapping, else the remembered one, else the guess. */
  mapping: CsvMapping
  options: CsvOptions
  /** Data rows in the file (blank lines left out). */
  rows: number
  /** At most 200; `problemCount` says how many there are in all. */
  problems: ImportProblem[]
  problemCount: number
  willCreate: { reps: string[]; calls: number }
  /** Every name in the rows to add that no rep has, with its choice: an existing rep or a new one. */
  unmatchedNames: CsvUnmatchedName[]
  alreadyImported: number
  /** Rows that repeat an earlier row of the same file (same rep, day, time, account, opportunity). */
  duplicates: number
  /** The first 10 rows that can be read, as calls. */
  calls: CsvCallPreview[]
}

export type CsvImportSummary = {
  created: { reps: number; calls: number; prebriefs: number; debriefs: number }
  alreadyImported: number
  duplicates: number
  savedMapping: SavedCsvMapping | null
}

export const saveMappingInputSchema = z.object({
  name: mappingNameSchema,
  mapping: csvMappingSchema,
  options: csvOptionsSchema.partial().optional(),
  headers: z.array(cleanText(z.string().max(500))).min(1, 'A mapping is saved for a file’s headers').max(500),
})

// ── iCalendar import ───────────────────────────────────────────────────────────────────────────

/** At most this many occurrences are listed from one file. */
export const ICS_MAX_OCCURRENCES = 500
/** The default window around today: 30 days back, 90 ahead. */
export const ICS_DEFAULT_DAYS_BACK = 30
export const ICS_DEFAULT_DAYS_AHEAD = 90

const icsWindow = {
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
}

export const icsPreviewInputSchema = z.object({ text: importText, ...icsWindow }).superRefine(addPeriodIssue)

const pickText = shortTextSchema
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim()))

export const icsPickSchema = z.object({
  uid: cleanText(z.string().min(1).max(1000)),
  recurrenceId: cleanText(z.string().max(100)).nullish(),
  repId: idSchema,
  /** Absent: the account the preview suggested; null or '': no account. */
  account: pickText,
  opportunity: pickText,
})
export type IcsPick = z.input<typeof icsPickSchema>

export const icsApplyInputSchema = z.object({
  text: importText,
  ...icsWindow,
  picks: z.array(icsPickSchema).min(1, 'Choose at least one event to import').max(ICS_MAX_OCCURRENCES),
}).superRefine(addPeriodIssue)

export type IcsAttendee = { name: string | null; email: string | null }

export type IcsEventPreview = {
  uid: string
  /** The occurrence of a recurring event (its original start), null for a one-off event. */
  recurrenceId: string | null
  summary: string
  location: string | null
  /** The start as the file gives it: an ISO instant (UTC) for timed events, else the local day/time. */
  start: string
  /** The local calendar day and time of this machine; time is null for all-day events. */
  date: string
  time: string | null
  allDay: boolean
  attendees: IcsAttendee[]
  suggestedRepId: string | null
  suggestedAccount: string | null
  alreadyImported: boolean
  /** Something the reader had to guess, e.g. a time zone the file does not define. */
  note: string | null
}

export type IcsImportPreview = {
  from: string
  to: string
  events: IcsEventPreview[]
  /** More occurrences fall in the window than are listed. */
  truncated: boolean
}

export type IcsImportSummary = { created: number; alreadyImported: number }
