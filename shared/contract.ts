import { z } from 'zod'
import { isoDaySchema, timeOfDaySchema } from './dates'
import type {
  CallDetail,
  CallSummary,
  Call,
  CoachingSession,
  Debrief,
  Prebrief,
  Rep,
  Settings,
} from './entities'
import {
  countSchema,
  currencySchema,
  drillTypeSchema,
  idSchema,
  repRefSchema,
  leadsSchema,
  longTextSchema,
  minutesSchema,
  moneySchema,
  nameSchema,
  outcomeSchema,
  paperSizeSchema,
  percentSchema,
  purposeSchema,
  questionsSchema,
  rescueFearSchema,
  rescueInitiatorSchema,
  roleSchema,
  rootCauseSchema,
  sessionKindSchema,
  shortTextSchema,
  stageSchema,
  stakesSchema,
  weekStartSchema,
} from './fields'
import { MIN_DRILL_REPS } from './domain'
import { CALL_LIST_SORTS, CALL_LIST_WHEN } from './callList'
import type { JournalFile } from './journalFile'
import {
  callsCsvQuerySchema,
  csvApplyInputSchema,
  csvPreviewInputSchema,
  icsApplyInputSchema,
  icsPreviewInputSchema,
  metricsCsvQuerySchema,
  saveMappingInputSchema,
  type CsvImportPreview,
  type CsvImportSummary,
  type ExportedFile,
  type IcsImportPreview,
  type IcsImportSummary,
  type SavedCsvMapping,
} from './exchange'
import {
  homeSummaryInputSchema,
  nextSkillFocusInputSchema,
  repOverviewInputSchema,
  type HomeSummary,
  type NextSkillFocus,
  type RepOverview,
} from './coaching'
import { metricsQuerySchema, type MetricsReport } from './metrics'
import {
  chartsQuerySchema,
  crutchCallsQuerySchema,
  type CrutchCallList,
  sidewalkLessonsQuerySchema,
  type SidewalkLessonList,
  type InsightsCharts,
  type JournalSpan,
} from './insights'
import { JOURNAL_TEXT_MAX_CHARS } from './limits'
import type { FieldConflict } from './merge'
import { saveBaseSchema } from './saveBase'
import { restoreInputSchema, type BackupInfo, type JournalStatus, type RestoreSummary, type SalvageSummary } from './backups'
import { richTextDocSchema } from './richText'
import { skillListInputSchema, skillUpdateInputSchema, type SkillProgress } from './skills'
import { remindersInputSchema, reminderSettingsPatchSchema, type NewReminders, type ReminderInbox, type ReminderSettings } from './reminders'
import { fileTextProblem } from './text'
import { searchQueryInputSchema, type SearchResult } from './search'
import {
  debriefSheetInputSchema,
  repSheetInputSchema,
  reportInputSchema,
  type DebriefSheet,
  type ProgressReport,
  type RepSheet,
} from './print'
import {
  changePassphraseInputSchema,
  disableInputSchema,
  enableInputSchema,
  setIdleLockInputSchema,
  unlockInputSchema,
  type EncryptionEnabled,
  type SecurityStatus,
} from './security'
import type { DemoStatus, FirstRunStatus } from './firstRun'

/**
 * The contract: every operation the journal offers, as namespace → method → { input, output }.
 * The core implements `Handlers` (so adding an operation fails to compile until it does); the
 * Electron, browser and CLI faces only carry calls, generically, by channel name.
 */

/**
 * Declares an operation: a zod schema for its input and, as a type only, its output. Curried so
 * the output is named explicitly while the input type is inferred from the schema.
 */
function op<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as O })
}

const empty = z.object({}).strict()
const byId = z.object({ id: idSchema })
/**
 * A create may name the new record's id: a form makes one when it opens, so the same create sent
 * twice (a double click, a retry after a timeout) makes one record (docs/conflicts.md).
 */
const newId = { id: idSchema.optional() }
/**
 * The version a save or update is based on: the record's fields as the editor last saw them
 * stored. Absent: the save replaces what it names (last save wins). See shared/merge.ts.
 */
const base = { base: saveBaseSchema.optional() }
/** For a brief, null states that the editor saw no brief at all. */
const briefBase = { base: saveBaseSchema.nullable().optional() }
const byCallId = z.object({ callId: idSchema })
/** Optional text fields accept '' from forms and store it as null. */
const optText = <T extends z.ZodString>(schema: T) =>
  schema
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim()))
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish()

export type AppInfo = {
  name: string
  version: string
  schemaVersion: number
  dataDir: string
  databasePath: string
  /** Where the automatic and hand-taken backups are kept (docs/backups.md). */
  backupsDir: string
  face: 'electron' | 'browser' | 'cli'
}

export const prebriefInputSchema = z.object({
  plannedRole: roleSchema,
  purpose: nullable(purposeSchema),
  objective: optText(longTextSchema),
  nextStep: optText(longTextSchema),
  leads: nullable(leadsSchema),
  questions: questionsSchema.optional(),
  interventionRule: optText(longTextSchema),
  takeoverRisk: nullable(percentSchema),
  skillFocus: optText(shortTextSchema),
  notes: nullable(richTextDocSchema),
})
export type PrebriefInput = z.input<typeof prebriefInputSchema>

export const debriefInputSchema = z.object({
  actualRole: roleSchema,
  outcome: nullable(outcomeSchema),
  rescueInitiator: nullable(rescueInitiatorSchema),
  rescueFear: nullable(rescueFearSchema),
  asks: nullable(countSchema),
  tells: nullable(countSchema),
  repSelfAssessment: nullable(richTextDocSchema),
  rootCause: nullable(rootCauseSchema),
  rootCauseNote: optText(longTextSchema),
  lesson: optText(longTextSchema),
  skillObserved: nullable(z.boolean()),
  skillToDrill: optText(shortTextSchema),
  drillType: nullable(drillTypeSchema),
  drillReps: nullable(
    z
      .number()
      .int('Enter a whole number')
      .min(MIN_DRILL_REPS, `Plan at least ${MIN_DRILL_REPS} repetitions before judging a skill`)
      .max(1000, 'That is more repetitions than can be tracked'),
  ),
  notes: nullable(richTextDocSchema),
  privateNotes: nullable(richTextDocSchema),
})
export type DebriefInput = z.input<typeof debriefInputSchema>

const callFields = {
  repId: repRefSchema,
  date: isoDaySchema,
  time: nullable(timeOfDaySchema),
  account: optText(shortTextSchema),
  opportunity: optText(shortTextSchema),
  dealValue: nullable(moneySchema),
  stage: nullable(stageSchema),
  stakes: nullable(stakesSchema),
}

const sessionFields = {
  repId: repRefSchema,
  date: isoDaySchema,
  kind: sessionKindSchema,
  skill: optText(shortTextSchema),
  minutes: nullable(minutesSchema),
  // A challenge the rep brought: ask/tell tallies and the root cause (docs/metrics-sessions.md).
  asks: nullable(countSchema),
  tells: nullable(countSchema),
  rootCause: nullable(rootCauseSchema),
  // Optional as a key too, so a create that predates these fields still type-checks.
  rootCauseNote: optText(longTextSchema).optional(),
  notes: nullable(richTextDocSchema),
}

export { JOURNAL_TEXT_MAX_CHARS }
/** Raw journal text is capped so one request cannot exhaust memory; a binary file is refused by name. */
const journalText = z.object({
  text: z
    .string()
    .max(JOURNAL_TEXT_MAX_CHARS, 'That file is too large to import (at most 200 million characters)')
    .superRefine((text, ctx) => {
      const problem = fileTextProblem(text)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    }),
})

/**
 * What importing a journal file does to each kind of record (docs/imports.md). `newerInJournal`:
 * records that differ from the file's and were changed in the journal after the file's version
 * (or the file does not say when its version was written); the journal keeps them unless the
 * import is told to take the file's versions.
 */
export type ImportCounts = { added: number; updated: number; unchanged: number; newerInJournal: number }
export const IMPORT_KINDS = ['reps', 'calls', 'prebriefs', 'debriefs', 'sessions', 'skills'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]
export type ImportPreview = Record<ImportKind, ImportCounts> & {
  /** Settings are taken only when the journal is empty. */
  takesSettings: boolean
  /** Who wrote the file ("Coachbook 0.1.0") and when, when it says so. */
  writtenBy: string | null
  exportedAt: string | null
}
/** A save that merged with changes made elsewhere; `conflicts` are the fields it could not take. */
export type Saved<K extends string, T> = Record<K, T> & { conflicts: FieldConflict[] }

export type RepMergeSummary = { rep: Rep; movedCalls: number; movedSessions: number }

export type ImportSummary = ImportPreview & {
  /** The records newer in the journal were replaced by the file's versions (asked for explicitly). */
  tookFileVersions: boolean
}

export const contract = {
  app: {
    info: op<AppInfo>()(empty),
  },
  reps: {
    list: op<Rep[]>()(
      z.object({ includeArchived: z.boolean().default(false) }),
    ),
    get: op<Rep>()(byId),
    create: op<Rep>()(
      z.object({ ...newId, name: nameSchema, title: optText(shortTextSchema), startedOn: nullable(isoDaySchema) }),
    ),
    /** With a `base`, a field changed meanwhile elsewhere is refused as CONFLICT (nothing written). */
    update: op<Rep>()(
      z.object({
        id: idSchema,
        name: nameSchema.optional(),
        title: optText(shortTextSchema),
        startedOn: nullable(isoDaySchema),
        archived: z.boolean().optional(),
        ...base,
      }),
    ),
    /** Moves every call and session of `id` to `intoId`, then removes `id`: for a rep entered twice. */
    merge: op<RepMergeSummary>()(z.object({ id: idSchema, intoId: idSchema })),
    /** Removes a rep with no calls and no sessions (one with records is merged or archived). */
    delete: op<{ id: string }>()(byId),
    /** The rep screen: timeline, open skills, lessons from lost deals, tallies (shared/coaching.ts). */
    overview: op<RepOverview>()(repOverviewInputSchema),
    /** The newest open skill to drill: what the next pre-brief sets out to observe. */
    nextSkillFocus: op<NextSkillFocus>()(nextSkillFocusInputSchema),
  },
  calls: {
    /**
     * A page of calls, filtered and sorted in SQL (docs/architecture.md, "The calls list"):
     * `when` splits upcoming (after today) from past (held, shared/callTiming.ts); `role` is the
     * role played, or the planned one until the debrief; `awaitingDebrief` keeps held calls, not
     * cancelled, with no debrief. `today` is the manager's day (the core's when absent).
     */
    list: op<{ items: CallSummary[]; total: number }>()(
      z.object({
        repId: idSchema.optional(),
        from: isoDaySchema.optional(),
        to: isoDaySchema.optional(),
        stakes: stakesSchema.optional(),
        role: roleSchema.optional(),
        awaitingDebrief: z.boolean().optional(),
        when: z.enum(CALL_LIST_WHEN).optional(),
        today: isoDaySchema.optional(),
        sort: z.enum(CALL_LIST_SORTS).default('date'),
        direction: z.enum(['asc', 'desc']).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      }),
    ),
    get: op<CallDetail>()(byId),
    create: op<Call>()(z.object({ ...newId, ...callFields })),
    /** With a `base`, a field changed meanwhile elsewhere is refused as CONFLICT (nothing written). */
    update: op<Call>()(
      z.object({
        ...base,
        id: idSchema,
        repId: callFields.repId.optional(),
        date: callFields.date.optional(),
        time: callFields.time,
        account: callFields.account,
        opportunity: callFields.opportunity,
        dealValue: callFields.dealValue,
        stage: callFields.stage,
        stakes: callFields.stakes,
        cancelled: z.boolean().optional(),
      }),
    ),
    delete: op<{ id: string }>()(byId),
  },
  prebriefs: {
    /** Merged field by field with what is stored when a `base` is given (shared/merge.ts). */
    save: op<Saved<'prebrief', Prebrief>>()(z.object({ callId: idSchema, prebrief: prebriefInputSchema, ...briefBase })),
    delete: op<{ callId: string }>()(byCallId),
  },
  debriefs: {
    save: op<Saved<'debrief', Debrief>>()(z.object({ callId: idSchema, debrief: debriefInputSchema, ...briefBase })),
    delete: op<{ callId: string }>()(byCallId),
  },
  sessions: {
    list: op<CoachingSession[]>()(
      z.object({ repId: idSchema.optional(), from: isoDaySchema.optional(), to: isoDaySchema.optional() }),
    ),
    create: op<CoachingSession>()(z.object({ ...newId, ...sessionFields })),
    /** Merged field by field with what is stored when a `base` is given (shared/merge.ts). */
    update: op<Saved<'session', CoachingSession>>()(
      z.object({
        ...base,
        id: idSchema,
        repId: sessionFields.repId.optional(),
        date: sessionFields.date.optional(),
        kind: sessionFields.kind.optional(),
        skill: sessionFields.skill,
        minutes: sessionFields.minutes,
        asks: sessionFields.asks,
        tells: sessionFields.tells,
        rootCause: sessionFields.rootCause,
        rootCauseNote: sessionFields.rootCauseNote,
        notes: sessionFields.notes,
      }),
    ),
    delete: op<{ id: string }>()(byId),
  },
  skills: {
    /** Every skill a rep was asked to drill, with its repetitions so far (shared/skills.ts). */
    list: op<SkillProgress[]>()(skillListInputSchema),
    /** Sets a skill's target or marks it mastered, dropped or open again; answers the rep's skills. */
    update: op<SkillProgress[]>()(skillUpdateInputSchema),
  },
  reminders: {
    /** What is due (shared/reminders.ts): per kind, a count and the first few; nothing of a kind turned off. */
    list: op<ReminderInbox>()(remindersInputSchema),
    /** The reminders no notification announced yet, now remembered as announced (docs/reminders.md). */
    takeNew: op<NewReminders>()(remindersInputSchema),
    settings: op<ReminderSettings>()(empty),
    updateSettings: op<ReminderSettings>()(reminderSettingsPatchSchema),
  },
  settings: {
    get: op<Settings>()(empty),
    update: op<Settings>()(
      z.object({
        interstateThreshold: nullable(moneySchema),
        currency: currencySchema.optional(),
        paperSize: paperSizeSchema.optional(),
        weekStart: weekStartSchema.optional(),
      }),
    ),
  },
  journal: {
    export: op<JournalFile>()(empty),
    /**
     * The same journal file as text, ready to save (`JSON.stringify(…, null, 2)` but for the rich-text
     * documents, written compactly as stored): what `coachbook export` and the Export screen save.
     */
    exportFile: op<ExportedFile>()(empty),
    previewImport: op<ImportPreview>()(journalText),
    /** `takeFileVersions`: replace records that are newer in the journal too (a deliberate step back). */
    import: op<ImportSummary>()(journalText.extend({ takeFileVersions: z.boolean().default(false) })),
    /** Whether the journal opened as usual or needs recovery (shared/backups.ts, docs/backups.md). */
    status: op<JournalStatus>()(empty),
    /** Reads what can be read of a damaged journal into a new one; the damaged file is kept. */
    salvage: op<SalvageSummary>()(empty),
  },
  backups: {
    /** The copies in the data folder's backups/, newest first, with what each holds. */
    list: op<BackupInfo[]>()(empty),
    /** Takes a verified copy of the journal now. */
    create: op<BackupInfo>()(empty),
    /** Puts a backup back in place of the journal; a copy of the journal as it was is kept first. */
    restore: op<RestoreSummary>()(restoreInputSchema),
  },
  exports: {
    /** The calls CSV (docs/csv-columns.md): one row per call, never private notes. */
    callsCsv: op<ExportedFile>()(callsCsvQuerySchema),
    /** The insights metrics as CSV, one row per month, ISO week or rep of the period. */
    metricsCsv: op<ExportedFile>()(metricsCsvQuerySchema),
  },
  imports: {
    /** Reads a CSV of past calls and says what importing it would do; writes nothing (docs/imports.md). */
    csvPreview: op<CsvImportPreview>()(csvPreviewInputSchema),
    /** Imports the CSV in one transaction, or nothing when any row has a problem. */
    csvApply: op<CsvImportSummary>()(csvApplyInputSchema),
    /** The occurrences of an iCalendar file within a window of days; writes nothing. */
    icsPreview: op<IcsImportPreview>()(icsPreviewInputSchema),
    /** Creates a planned call per picked occurrence, in one transaction. */
    icsApply: op<IcsImportSummary>()(icsApplyInputSchema),
    listMappings: op<SavedCsvMapping[]>()(empty),
    saveMapping: op<SavedCsvMapping>()(saveMappingInputSchema),
    deleteMapping: op<{ id: string }>()(byId),
  },
  search: {
    /** Full-text search over calls (with their briefs), sessions and reps (shared/search.ts). */
    query: op<SearchResult>()(searchQueryInputSchema),
  },
  home: {
    /** What to prepare, what to debrief, this month's rescues and the latest changes. */
    summary: op<HomeSummary>()(homeSummaryInputSchema),
  },
  insights: {
    /** DOMAIN.md's metrics for a period, by month, ISO week and rep (shared/metrics.ts). */
    metrics: op<MetricsReport>()(metricsQuerySchema),
    /** The Insights charts beyond the metrics: rolling rate, role matrix, scatter, cadence, calibration (shared/insights.ts). */
    charts: op<InsightsCharts>()(chartsQuerySchema),
    /** The period's rescues (actual role crutch), newest first, with their total. */
    crutchCalls: op<CrutchCallList>()(crutchCallsQuerySchema),
    /** Lost sidewalk deals that became lessons, newest first, with their total (docs/metrics-story.md). */
    sidewalkLessons: op<SidewalkLessonList>()(sidewalkLessonsQuerySchema),
    /** The first and last day holding a call or session: the "all time" period. */
    span: op<JournalSpan>()(empty),
  },
  firstRun: {
    /** Whether the journal is empty and whether its owner closed the first-run lesson (shared/firstRun.ts). */
    status: op<FirstRunStatus>()(empty),
    /** Closes the first-run lesson for good in this data folder. */
    dismiss: op<FirstRunStatus>()(empty),
  },
  /**
   * The demo journal: answered by the face's journal switch (electron/core/host/journalSwitch.ts),
   * which opens `<dataDir>/demo/` beside the real journal; a core alone (the CLI) has none.
   */
  demo: {
    status: op<DemoStatus>()(empty),
    /** Makes the demo journal (seeded) if there is none and sends every later call to it. */
    open: op<DemoStatus>()(empty),
    /** Sends every later call to the real journal again; the demo stays on disk. */
    close: op<DemoStatus>()(empty),
    /** Closes the demo journal if open and deletes its folder. */
    remove: op<DemoStatus>()(empty),
  },
  print: {
    /** One call's debrief sheet: shareable fields only, never private notes (shared/print.ts). */
    debriefSheet: op<DebriefSheet>()(debriefSheetInputSchema),
    /** A rep's one-on-one sheet for a period (the last 90 days by default). */
    repSheet: op<RepSheet>()(repSheetInputSchema),
    /** The progress report: a period against the previous one of equal length, rescues, per rep. */
    report: op<ProgressReport>()(reportInputSchema),
  },
  /**
   * Encryption at rest and the app lock (shared/security.ts). Answered by the core host, which
   * holds the key, not by the journal's threads; `status` and `unlock` are the only operations
   * answered while the journal is locked.
   */
  security: {
    status: op<SecurityStatus>()(empty),
    unlock: op<SecurityStatus>()(unlockInputSchema),
    /** Closes the journal and forgets its key until unlocked again. */
    lock: op<SecurityStatus>()(empty),
    /** Encrypts the journal and its backups with a new key, wrapped by this passphrase. */
    enable: op<EncryptionEnabled>()(enableInputSchema),
    /** Writes the journal and its backups back in plain form. */
    disable: op<SecurityStatus>()(disableInputSchema),
    changePassphrase: op<SecurityStatus>()(changePassphraseInputSchema),
    setIdleLock: op<SecurityStatus>()(setIdleLockInputSchema),
  },
} as const

export type Contract = typeof contract
export type Namespace = keyof Contract
export type Method<N extends Namespace> = keyof Contract[N] & string
type Op<N extends Namespace, M extends Method<N>> = Contract[N][M] extends { input: infer I; output: infer O }
  ? { input: I; output: O }
  : never
type SchemaOf<N extends Namespace, M extends Method<N>> = Op<N, M>['input'] extends z.ZodType
  ? Op<N, M>['input']
  : never

/** What a caller sends (before defaults and trimming). */
export type InputOf<N extends Namespace, M extends Method<N>> = z.input<SchemaOf<N, M>>
/** What a handler receives (validated, defaults applied). */
export type ParsedInputOf<N extends Namespace, M extends Method<N>> = z.output<SchemaOf<N, M>>
export type OutputOf<N extends Namespace, M extends Method<N>> = Op<N, M>['output']

export type Handlers = {
  [N in Namespace]: {
    [M in Method<N>]: (input: ParsedInputOf<N, M>) => OutputOf<N, M> | Promise<OutputOf<N, M>>
  }
}

export type Channel = { [N in Namespace]: `${N}.${Method<N>}` }[Namespace]

/** Every channel name, e.g. `reps.create`. The preload and the HTTP host allow only these. */
export const CHANNELS: readonly Channel[] = Object.entries(contract).flatMap(([ns, methods]) =>
  Object.keys(methods).map((m) => `${ns}.${m}` as Channel),
)

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name)
}

export function splitChannel(channel: Channel): [Namespace, string] {
  const [ns, method] = channel.split('.') as [Namespace, string]
  return [ns, method]
}

