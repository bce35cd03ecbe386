import { z } from 'zod'
import { isoDaySchema, instantSchema, timeOfDaySchema } from './dates'
import type { CoachingSession, Call, Debrief, Prebrief, Rep, Settings, SkillRecord } from './entities'
import {
  cleanText,
  countSchema,
  currencySchema,
  drillRepsSchema,
  drillTypeSchema,
  idSchema,
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
  skillStatusSchema,
  stageSchema,
  stakesSchema,
  weekStartSchema,
} from './fields'
import { isStoredFormCall, isStoredFormDebrief, isStoredFormPrebrief, isStoredFormRep, isStoredFormSession, storedFormOr } from './journalFileStoredForm'
import { richTextDocSchema } from './richText'
import { skillKey } from './skills'

/**
 * The journal file format, version 1 (DOMAIN.md). One document carries a whole journal: backup,
 * export, import and test fixtures. Optional fields may be absent or null; unknown fields are
 * ignored (zod strips them). Parsing normalises every record to the entity shape.
 *
 * Beyond DOMAIN.md's example, every record may carry `updatedAt` (when it was last changed), so
 * an import never turns a newer record back into an older one, and the file may say which app
 * wrote it (`writtenBy`). Both are extra fields, which a version-1 reader ignores: `version`
 * rises only for a change an older reader could not safely ignore (docs/journal-format.md).
 */
export const JOURNAL_FORMAT = 'coachbook'
export const JOURNAL_VERSION = 1
export const JOURNAL_APP_NAME = 'Coachbook'

const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null)

/** Each record's full schema; the file's own (below) takes a record in stored form as it is (./journalFileStoredForm.ts). */
export const fullFileRep = z.object({
  id: idSchema,
  name: nameSchema,
  title: opt(shortTextSchema),
  startedOn: opt(isoDaySchema),
  archived: z.boolean().nullish().transform((v) => v ?? false),
  updatedAt: opt(instantSchema),
})
const fileRep = storedFormOr(fullFileRep, isStoredFormRep)

export const fullFilePrebrief = z.object({
  plannedRole: roleSchema,
  purpose: opt(purposeSchema),
  objective: opt(longTextSchema),
  nextStep: opt(longTextSchema),
  leads: opt(leadsSchema),
  questions: questionsSchema.nullish().transform((v) => v ?? []),
  interventionRule: opt(longTextSchema),
  takeoverRisk: opt(percentSchema),
  skillFocus: opt(shortTextSchema),
  notes: opt(richTextDocSchema),
  updatedAt: opt(instantSchema),
})
const filePrebrief = storedFormOr(fullFilePrebrief, isStoredFormPrebrief)

export const fullFileDebrief = z.object({
  actualRole: roleSchema,
  outcome: opt(outcomeSchema),
  rescueInitiator: opt(rescueInitiatorSchema),
  rescueFear: opt(rescueFearSchema),
  asks: opt(countSchema),
  tells: opt(countSchema),
  repSelfAssessment: opt(richTextDocSchema),
  rootCause: opt(rootCauseSchema),
  rootCauseNote: opt(longTextSchema),
  lesson: opt(longTextSchema),
  skillObserved: opt(z.boolean()),
  skillToDrill: opt(shortTextSchema),
  drillType: opt(drillTypeSchema),
  drillReps: opt(drillRepsSchema),
  notes: opt(richTextDocSchema),
  privateNotes: opt(richTextDocSchema),
  completedAt: opt(instantSchema),
  updatedAt: opt(instantSchema),
})
const fileDebrief = storedFormOr(fullFileDebrief, isStoredFormDebrief)

export const fullFileCall = z.object({
  id: idSchema,
  repId: idSchema,
  date: isoDaySchema,
  time: opt(timeOfDaySchema),
  account: opt(shortTextSchema),
  opportunity: opt(shortTextSchema),
  dealValue: opt(moneySchema),
  stage: opt(stageSchema),
  stakes: opt(stakesSchema),
  cancelled: z.boolean().nullish().transform((v) => v ?? false),
  updatedAt: opt(instantSchema),
  prebrief: opt(filePrebrief),
  debrief: opt(fileDebrief),
})
const fileCall = storedFormOr(fullFileCall, isStoredFormCall)

export const fullFileSession = z.object({
  id: idSchema,
  repId: idSchema,
  date: isoDaySchema,
  kind: sessionKindSchema,
  skill: opt(shortTextSchema),
  minutes: opt(minutesSchema),
  asks: opt(countSchema),
  tells: opt(countSchema),
  rootCause: opt(rootCauseSchema),
  rootCauseNote: opt(longTextSchema),
  notes: opt(richTextDocSchema),
  updatedAt: opt(instantSchema),
})
const fileSession = storedFormOr(fullFileSession, isStoredFormSession)

/** The manager's decision about a rep's skill to drill (docs/skills.md); files before it have none. */
const fileSkill = z
  .object({
    id: idSchema,
    repId: idSchema,
    skill: cleanText(z.string().trim().min(1, 'Name the skill').max(500, 'Keep this under 500 characters')),
    targetReps: opt(drillRepsSchema),
    status: skillStatusSchema.nullish().transform((v) => v ?? 'open'),
    statusOn: opt(isoDaySchema),
    updatedAt: opt(instantSchema),
  })
  .superRefine((skill, ctx) => {
    if (skill.status !== 'open' && skill.statusOn === null) {
      ctx.addIssue({ code: 'custom', path: ['statusOn'], message: `A skill marked ${skill.status} needs the day it was marked` })
    }
  })
  // An open skill has no closing day, whatever the file says.
  .transform((skill) => (skill.status === 'open' ? { ...skill, statusOn: null } : skill))

const fileSettings = z.object({
  interstateThreshold: opt(moneySchema),
  currency: opt(currencySchema),
  paperSize: opt(paperSizeSchema),
  weekStart: opt(weekStartSchema),
})

export type WrittenBy = { app: string; version: string | null }

/**
 * Who wrote the file: informational, so it is read leniently (anything unreadable is no answer)
 * and never refuses a file on its own.
 */
export function readWrittenBy(value: unknown): WrittenBy | null {
  if (typeof value !== 'object' || value === null) return null
  const { app, version } = value as { app?: unknown; version?: unknown }
  if (typeof app !== 'string' || app.trim() === '' || app.length > 100) return null
  return { app: app.trim(), version: typeof version === 'string' && version.length <= 50 ? version.trim() || null : null }
}

export const journalFileSchema = z
  .object({
    format: z.literal(JOURNAL_FORMAT, { error: 'This is not a Coachbook journal file' }),
    version: z.literal(JOURNAL_VERSION, { error: 'This journal file version is not supported' }),
    writtenBy: z.unknown().optional().transform(readWrittenBy),
    exportedAt: opt(instantSchema),
    settings: opt(fileSettings),
    reps: z.array(fileRep).nullish().transform((v) => v ?? []),
    calls: z.array(fileCall).nullish().transform((v) => v ?? []),
    sessions: z.array(fileSession).nullish().transform((v) => v ?? []),
    // Absent in files written before skill decisions existed: the importer tells that apart from [].
    skills: z.array(fileSkill).nullish().transform((v) => v ?? null),
  })
  .superRefine((file, ctx) => {
    // Ids must be unique within a file, and calls and sessions must name a rep the file carries
    // or (checked by the importer) the journal already has.
    const seen = (kind: 'reps' | 'calls' | 'sessions' | 'skills') => {
      const ids = new Set<string>()
      const records: readonly { id: string }[] = file[kind] ?? []
      records.forEach((record, index) => {
        if (ids.has(record.id)) {
          ctx.addIssue({ code: 'custom', path: [kind, index, 'id'], message: `Duplicate id "${record.id}"` })
        }
        ids.add(record.id)
      })
    }
    seen('reps')
    seen('calls')
    seen('sessions')
    seen('skills')
    // One decision per rep and skill: two would contradict each other.
    const skillKeys = new Set<string>()
    file.skills?.forEach((record, index) => {
      const key = `${record.repId}\u0000${skillKey(record.skill)}`
      if (skillKeys.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['skills', index, 'skill'], message: `The skill "${record.skill}" of this rep is listed twice` })
      }
      skillKeys.add(key)
    })
  })

export type JournalFileInput = z.input<typeof journalFileSchema>
export type ParsedJournalFile = z.output<typeof journalFileSchema>

/** When a record was last changed; null when the file does not say. */
export type Dated = { updatedAt: string | null }
export type JournalFileRep = Rep & Dated
export type JournalFileCall = Call & Dated & { prebrief: Prebrief | null; debrief: Debrief | null }

/** What export writes: the same shape, fully spelled out. */
export type JournalFile = {
  format: typeof JOURNAL_FORMAT
  version: typeof JOURNAL_VERSION
  writtenBy: WrittenBy
  exportedAt: string
  settings: Settings
  reps: JournalFileRep[]
  calls: JournalFileCall[]
  sessions: CoachingSession[]
  skills: SkillRecord[]
}

/**
 * A file in a format newer than this app reads (`version` above JOURNAL_VERSION), told apart from
 * a file that is simply broken, so the person can be told to update Coachbook rather than that
 * the file is bad. Null when the text is not such a file.
 */
export function newerFormatOf(raw: unknown): { version: number; writtenBy: WrittenBy | null } | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { format, version, writtenBy } = raw as { format?: unknown; version?: unknown; writtenBy?: unknown }
  if (format !== JOURNAL_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version <= JOURNAL_VERSION) return null
  return { version, writtenBy: readWrittenBy(writtenBy) }
}

/** Each record's schema as the file's schema uses it (stored form taken as it is), beside its full one above; for the tests. */
export const fileRecordSchemas = { rep: fileRep, prebrief: filePrebrief, debrief: fileDebrief, call: fileCall, session: fileSession }
