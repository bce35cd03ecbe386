import {
  IMPORT_KINDS,
  type Handlers,
  type ImportCounts,
  type ImportKind,
  type ImportPreview,
  type ImportSummary,
} from '../../../../shared/contract'
import type { Call, CoachingSession, Debrief, Prebrief, Settings, SkillRecord } from '../../../../shared/entities'
import {
  JOURNAL_APP_NAME,
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
  type JournalFile,
  type JournalFileRep,
  type ParsedJournalFile,
} from '../../../../shared/journalFile'
import { AppFailure, type ErrorIssue } from '../../../../shared/result'
import type { CoreContext } from '../../context'
import { localToday } from '../../../../shared/dates'
import type { ExportedFile } from '../../../../shared/exchange'
import { fromJson, type JsonColumnReader } from '../../db/columns'
import { deferDerivedWork } from '../../db/derivedWork'
import { prettyJson } from './prettyJson'
import { sameAsStored, storedJson } from './storedJson'
import { describeWriter } from './journalRead'
import { legacyMasteries, skillKey } from '../../../../shared/skills'
import { createHash } from 'node:crypto'
import { backupAround } from '../backups'
import { answerWrites, importKeyOf, recallImport, rememberImport } from './importMemory'

/**
 * The journal file (DOMAIN.md, format v1) in and out. Export writes everything, private notes
 * included: it is the owner's full backup. Import matches records by id; a record the journal has
 * changed since the file's version was written is kept unless the import is told to take the
 * file's versions (docs/imports.md). A file that is not valid in any part is refused whole and
 * the journal is left exactly as it was.
 */

export function exportJournal(ctx: CoreContext): JournalFile {
  return journalOf(ctx, fromJson)
}

/**
 * The journal file as text, as `coachbook export` writes it: `JSON.stringify(exportJournal(ctx),
 * null, 2)` but for the rich-text documents (and the pre-briefs' leads and questions), which go in
 * as the journal stores them — one line each, never parsed and written out again.
 */
export function exportJournalFile(ctx: CoreContext, today: string = localToday()): ExportedFile {
  const file = journalOf(ctx, storedJson)
  return { filename: `coachbook-journal-${today}.json`, text: `${prettyJson(file)}\n` }
}

/** Everything, in one read transaction; `json` reads the stored JSON columns. */
function journalOf(ctx: CoreContext, json: JsonColumnReader): JournalFile {
  return ctx.db.transaction((): JournalFile => {
    const { reps, calls, briefs, sessions, settings } = ctx.repos
    const prebriefs = briefs.allPrebriefs(json)
    const debriefs = briefs.allDebriefs(json)
    const repTimes = reps.allUpdatedAt()
    const callTimes = calls.allUpdatedAt()
    return {
      format: JOURNAL_FORMAT,
      version: JOURNAL_VERSION,
      writtenBy: { app: JOURNAL_APP_NAME, version: ctx.info.version },
      exportedAt: ctx.now(),
      settings: settings.get(),
      reps: reps.list(true).map((rep) => ({ ...rep, updatedAt: repTimes.get(rep.id) ?? null })),
      calls: calls.all().map((call) => ({
        ...call,
        updatedAt: callTimes.get(call.id) ?? null,
        prebrief: prebriefs.get(call.id) ?? null,
        debrief: debriefs.get(call.id) ?? null,
      })),
      sessions: sessions.all(json),
      skills: ctx.repos.skills.all(),
    }
  })()
}



type Verdict = 'added' | 'updated' | 'unchanged' | 'newerInJournal'
/** One record of the file, what the journal has of it, and what importing would do. */
type Planned<T> = {
  record: T
  callId: string
  verdict: Verdict
  time: string | null
  journalTime: string | null
  /** A skill decision stored under another id that the file's record takes the place of. */
  replaces?: string | null
}
type ImportPlan = {
  reps: Planned<JournalFileRep>[]
  calls: Planned<Call>[]
  prebriefs: Planned<Prebrief>[]
  debriefs: Planned<Debrief>[]
  sessions: Planned<CoachingSession>[]
  skills: Planned<SkillRecord>[]
  settings: Settings | null
}

/** Content only: when a record was changed is compared apart, never as part of what it says. */
function content<T extends object>(record: T): Omit<T, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = record as T & { updatedAt?: unknown }
  return rest
}

/**
 * The file's version is newer only when both times are known and the file's is later, or the
 * journal's record has no time at all. Equal times with different content (two edits in one
 * millisecond somewhere) keep the journal's: an import never undoes work it cannot date.
 */
function fileIsNewer(fileTime: string | null, journalTime: string | null): boolean {
  if (fileTime === null) return false
  if (journalTime === null) return true
  return Date.parse(fileTime) > Date.parse(journalTime)
}

function judge<T extends object>(
  record: T,
  callId: string,
  fileTime: string | null,
  existing: T | undefined,
  journalTime: string | null,
): Planned<T> {
  let verdict: Verdict
  if (existing === undefined) verdict = 'added'
  else if (sameAsStored(content(record), content(existing))) verdict = 'unchanged'
  else verdict = fileIsNewer(fileTime, journalTime) ? 'updated' : 'newerInJournal'
  return { record, callId, verdict, time: fileTime, journalTime }
}

/**
 * Decides, record by record, what importing the file would do. Reads only. A call is judged in
 * three parts, each with its own time: the call's fields, its pre-brief and its debrief. A record
 * the file does not date is dated by the file's `exportedAt` (it was last changed no later). The
 * journal's versions of the file's records are read a table at a time (a few statements, not
 * three reads per call).
 */
function planImport(ctx: CoreContext, file: ParsedJournalFile): ImportPlan {
  const { reps, calls, briefs, sessions, settings } = ctx.repos
  assertRepsKnown(ctx, file)
  const dated = (time: string | null) => time ?? file.exportedAt
  const plan: ImportPlan = { reps: [], calls: [], prebriefs: [], debriefs: [], sessions: [], skills: [], settings: null }
  for (const rep of file.reps) {
    const existing = reps.get(rep.id)
    plan.reps.push(judge(rep, rep.id, dated(rep.updatedAt), existing && { ...existing, updatedAt: null }, reps.updatedAt(rep.id) ?? null))
  }
  const callIds = file.calls.map((call) => call.id)
  const journalCalls = calls.getMany(callIds)
  // Their documents as stored, compared as text (./storedJson.ts).
  const journalPrebriefs = briefs.prebriefsOf(file.calls.filter((call) => call.prebrief).map((call) => call.id), storedJson)
  const journalDebriefs = briefs.debriefsOf(file.calls.filter((call) => call.debrief).map((call) => call.id), storedJson)
  for (const { prebrief, debrief, updatedAt, ...call } of file.calls) {
    const existing = journalCalls.get(call.id)
    plan.calls.push(judge<Call>(call, call.id, dated(updatedAt), existing?.call, existing?.updatedAt ?? null))
    if (prebrief) {
      const existing = journalPrebriefs.get(call.id)
      plan.prebriefs.push(judge(prebrief, call.id, dated(prebrief.updatedAt), existing, existing?.updatedAt ?? null))
    }
    if (debrief) {
      const existing = journalDebriefs.get(call.id)
      plan.debriefs.push(judge(debrief, call.id, dated(debrief.updatedAt), existing, existing?.updatedAt ?? null))
    }
  }
  const journalSessions = sessions.getMany(file.sessions.map((session) => session.id), storedJson)
  for (const session of file.sessions) {
    const existing = journalSessions.get(session.id)
    plan.sessions.push(judge(session, session.id, dated(session.updatedAt), existing, existing?.updatedAt ?? null))
  }
  for (const skill of file.skills ?? legacySkillDecisions(ctx, file)) {
    // Matched by id, else by rep and words: the same skill decided in two journals is one record.
    const existing = ctx.repos.skills.get(skill.id) ?? ctx.repos.skills.find(skill.repId, skill.skill)
    const planned = judge(skill, skill.id, dated(skill.updatedAt), existing && { ...existing, id: skill.id }, existing?.updatedAt ?? null)
    plan.skills.push({ ...planned, replaces: existing && existing.id !== skill.id ? existing.id : null })
  }
  const journalWasEmpty = reps.count() === 0 && calls.count() === 0 && sessions.count() === 0
  if (journalWasEmpty && file.settings !== null) plan.settings = takeSettings(settings.get(), file.settings)
  return plan
}

/**
 * A file from before skill decisions (no `skills` at all) closed a skill by itself once a later
 * debrief saw it done well; it now reads as that skill marked mastered on the observing call's
 * day (shared/skills.ts `legacyMasteries`), so an old backup shows the open skills it showed.
 * Their ids are derived from the rep and the skill, so importing the file again finds them.
 */
function legacySkillDecisions(ctx: CoreContext, file: ParsedJournalFile): SkillRecord[] {
  const byRep = new Map<string, ParsedJournalFile['calls']>()
  for (const call of file.calls) if (!call.cancelled && call.debrief) byRep.set(call.repId, [...(byRep.get(call.repId) ?? []), call])
  const order = (call: ParsedJournalFile['calls'][number]) => [call.date, call.time ?? '', call.debrief?.completedAt ?? '', call.id]
  const earlier = (a: ParsedJournalFile['calls'][number], b: ParsedJournalFile['calls'][number]) => {
    const [x, y] = [order(a), order(b)]
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1
    return 0
  }
  return [...byRep].flatMap(([repId, calls]) =>
    legacyMasteries(
      [...calls].sort(earlier).map((call) => ({
        date: call.date,
        skillFocus: call.prebrief?.skillFocus ?? null,
        skillObserved: call.debrief?.skillObserved ?? null,
        skillToDrill: call.debrief?.skillToDrill ?? null,
      })),
    ).map(({ skill, on }): SkillRecord => {
      const existing = ctx.repos.skills.find(repId, skill)
      const id = existing?.id ?? `skill-${createHash('sha256').update(`${repId}\u0000${skillKey(skill)}`).digest('hex').slice(0, 32)}`
      return { id, repId, skill, targetReps: existing?.targetReps ?? null, status: 'mastered', statusOn: on, updatedAt: null }
    }),
  )
}

/** The schema checks the file on its own; whether each rep exists also depends on the journal. */
function assertRepsKnown(ctx: CoreContext, file: ParsedJournalFile): void {
  const inFile = new Set(file.reps.map((rep) => rep.id))
  const known = (id: string) => inFile.has(id) || ctx.repos.reps.get(id) !== undefined
  const issues: ErrorIssue[] = []
  for (const kind of ['calls', 'sessions', 'skills'] as const) {
    file[kind]?.forEach((record, index) => {
      if (!known(record.repId)) {
        issues.push({ path: `${kind}[${index}].repId`, message: `No rep with id "${record.repId}" in this file or in the journal` })
      }
    })
  }
  const first = issues[0]
  if (first) throw new AppFailure('INVALID_INPUT', `${first.path}: ${first.message}`, issues)
}

/** A file's settings fill in what they state; what they leave null keeps the journal's value. */
function takeSettings(current: Settings, incoming: NonNullable<ParsedJournalFile['settings']>): Settings {
  return {
    interstateThreshold: incoming.interstateThreshold,
    currency: incoming.currency ?? current.currency,
    paperSize: incoming.paperSize ?? current.paperSize,
    weekStart: incoming.weekStart ?? current.weekStart,
  }
}

function summarise(plan: ImportPlan, file: ParsedJournalFile): ImportPreview {
  const count = (items: Planned<unknown>[]): ImportCounts => ({
    added: items.filter((i) => i.verdict === 'added').length,
    updated: items.filter((i) => i.verdict === 'updated').length,
    unchanged: items.filter((i) => i.verdict === 'unchanged').length,
    newerInJournal: items.filter((i) => i.verdict === 'newerInJournal').length,
  })
  const counts = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, count(plan[kind])])) as Record<ImportKind, ImportCounts>
  return {
    ...counts,
    takesSettings: plan.settings !== null,
    writtenBy: file.writtenBy ? describeWriter(file.writtenBy) : null,
    exportedAt: file.exportedAt,
  }
}

/**
 * Writes what the plan says. A record taken from the file keeps the file's time as its
 * `updatedAt` (so the next import from the same source compares like with like); one the file
 * cannot date is stamped now. A record stepped back to the file's older version on request is a
 * change made now and is stamped so: open windows take it in (they ignore copies older than the
 * one they show), and the same file still finds it unchanged, since content is compared. A brief
 * the file does not carry is left alone: import never deletes.
 *
 * Calls, briefs and sessions are written with their triggers' per-row work deferred; their
 * metrics rows and search records are rebuilt once, set-wise, at the end (db/derivedWork.ts),
 * still inside the import's one transaction. The settings come last, so a new threshold finds
 * every imported call's metrics row in place.
 */
function applyPlan(ctx: CoreContext, plan: ImportPlan, takeFileVersions: boolean): void {
  const { reps, calls, briefs, sessions, settings } = ctx.repos
  const now = ctx.now()
  const writes = <T>(items: Planned<T>[]) =>
    items
      .filter((i) => isWritten(i.verdict, takeFileVersions))
      .map((i) => (i.verdict === 'newerInJournal' ? { ...i, time: ctx.stamp(i.journalTime) } : i))
  for (const { record, time } of writes(plan.reps)) reps.save(content(record), time ?? now)
  const callWrites = writes(plan.calls)
  const prebriefWrites = writes(plan.prebriefs)
  const debriefWrites = writes(plan.debriefs)
  const sessionWrites = writes(plan.sessions)
  const written = {
    calls: [...callWrites, ...prebriefWrites, ...debriefWrites].map((i) => i.callId),
    sessions: sessionWrites.map((i) => i.callId),
  }
  deferDerivedWork(ctx.db, written, () => {
    // A record the journal does not have is inserted, not upserted (db/briefs.ts `savePrebrief`).
    for (const { record, time, verdict } of callWrites) calls.save(record, time ?? now, verdict === 'added')
    for (const { record, callId, time, verdict } of prebriefWrites) briefs.savePrebrief(callId, { ...record, updatedAt: time ?? now }, verdict === 'added')
    for (const { record, callId, time, verdict } of debriefWrites) briefs.saveDebrief(callId, record, time ?? now, verdict === 'added')
    for (const { record, time, verdict } of sessionWrites) sessions.save(record, time ?? now, verdict === 'added')
  })
  for (const { record, time, replaces } of writes(plan.skills)) {
    if (replaces) ctx.repos.skills.delete(replaces)
    ctx.repos.skills.save(content(record), time ?? now)
  }
  if (plan.settings) settings.save(plan.settings, now)
}

/**
 * What planning the same file again would find right after `applyPlan(plan)`, worked out from the
 * plan instead of reading every record back (that second plan was about a tenth of an import into
 * an empty journal). Each record written now holds the file's content, so it is unchanged; every
 * other record and the journal's version of it are as they were, and so is its verdict (the file
 * holds each id, and each rep's skill, once). The settings are taken only by an empty journal,
 * which the journal may still be. importMemory.test.ts holds this to a full second plan.
 */
function planAfterApplying(ctx: CoreContext, plan: ImportPlan, takeFileVersions: boolean, file: ParsedJournalFile): ImportPlan {
  const after = <T>(items: Planned<T>[]): Planned<T>[] =>
    items.map((i) => (isWritten(i.verdict, takeFileVersions) ? { ...i, verdict: 'unchanged' } : i))
  const { reps, calls, sessions, settings } = ctx.repos
  const journalIsEmpty = reps.count() === 0 && calls.count() === 0 && sessions.count() === 0
  return {
    reps: after(plan.reps),
    calls: after(plan.calls),
    prebriefs: after(plan.prebriefs),
    debriefs: after(plan.debriefs),
    sessions: after(plan.sessions),
    skills: after(plan.skills),
    settings: journalIsEmpty && file.settings !== null ? takeSettings(settings.get(), file.settings) : null,
  }
}

/** Whether `applyPlan` writes a record with this verdict. */
function isWritten(verdict: Verdict, takeFileVersions: boolean): boolean {
  return verdict === 'added' || verdict === 'updated' || (takeFileVersions && verdict === 'newerInJournal')
}

/** The file is read in the sandbox (off this thread, within limits) before the journal is touched. */
export async function previewImport(ctx: CoreContext, text: string): Promise<ImportPreview> {
  const remembered = recallImport(ctx.db, importKeyOf(text, ctx.info.version))
  if (remembered) return remembered
  const file = await ctx.reader.journal(text, ctx.info.version)
  return ctx.db.transaction(() => summarise(planImport(ctx, file), file))()
}

/**
 * Imports a journal file, guarded by a backup taken just before it writes (docs/backups.md). A
 * file that would change nothing (the same file imported again) is answered from a read: no
 * backup, no write transaction. Copying and verifying the journal was about a third of the CPU of
 * importing an unchanged 10,000-call file, and grew with the journal, not the file
 * (docs/performance.md). When it does write, the plan is made again inside the write, so a change
 * made meanwhile by another window or process is judged as usual.
 *
 * The same file imported again into a journal nothing has changed since is answered before the
 * file is even read (./importMemory.ts): after writing, the import plans the file once more
 * against the journal it leaves and remembers that answer with the file's hash.
 */
export async function importJournal(ctx: CoreContext, text: string, takeFileVersions = false): Promise<ImportSummary> {
  const key = importKeyOf(text, ctx.info.version)
  const remembered = recallImport(ctx.db, key)
  if (remembered && !answerWrites(remembered, takeFileVersions)) return { ...remembered, tookFileVersions: takeFileVersions }
  const file = await ctx.reader.journal(text, ctx.info.version)
  const looked = ctx.db.transaction(() => planImport(ctx, file))()
  if (!writesAnything(looked, takeFileVersions)) return { ...summarise(looked, file), tookFileVersions: takeFileVersions }
  return backupAround(ctx, () =>
    ctx.write(() => {
      const plan = planImport(ctx, file)
      applyPlan(ctx, plan, takeFileVersions)
      rememberImport(ctx.db, key, summarise(planAfterApplying(ctx, plan, takeFileVersions, file), file))
      return { ...summarise(plan, file), tookFileVersions: takeFileVersions }
    }),
  )
}

/** Whether `applyPlan` would write anything: the same rule as its `writes`, and the settings. */
function writesAnything(plan: ImportPlan, takeFileVersions: boolean): boolean {
  const writes = (items: Planned<unknown>[]) =>
    items.some((i) => isWritten(i.verdict, takeFileVersions))
  return plan.settings !== null || IMPORT_KINDS.some((kind) => writes(plan[kind]))
}

export function journalHandlers(ctx: CoreContext): Pick<Handlers['journal'], 'export' | 'exportFile' | 'previewImport' | 'import'> {
  return {
    export: () => exportJournal(ctx),
    exportFile: () => exportJournalFile(ctx),
    previewImport: ({ text }) => previewImport(ctx, text),
    import: ({ text, takeFileVersions }) => importJournal(ctx, text, takeFileVersions),
  }
}
