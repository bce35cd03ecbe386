import type { Handlers, ImportCounts, ImportPreview, ImportSummary } from '../../../../shared/contract'
import type { CoachingSession, Rep, Settings } from '../../../../shared/entities'
import {
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
  journalFileSchema,
  type JournalFile,
  type JournalFileCall,
  type ParsedJournalFile,
} from '../../../../shared/journalFile'
import { AppFailure, type ErrorIssue } from '../../../../shared/result'
import { describeFirstIssue, toIssues } from '../../../../shared/validation'
import type { CoreContext } from '../../context'
import { sameContent } from '../canonicalJson'
import { parseJsonText } from '../jsonText'

/**
 * The journal file (DOMAIN.md, format v1) in and out. Export writes everything, private notes
 * included: it is the owner's full backup. Import matches records by id and the file wins; a file
 * that is not valid in any part is refused whole and the journal is left exactly as it was.
 */

export function exportJournal(ctx: CoreContext): JournalFile {
  return ctx.db.transaction((): JournalFile => {
    const { reps, calls, briefs, sessions, settings } = ctx.repos
    const prebriefs = briefs.allPrebriefs()
    const debriefs = briefs.allDebriefs()
    return {
      format: JOURNAL_FORMAT,
      version: JOURNAL_VERSION,
      exportedAt: ctx.now(),
      settings: settings.get(),
      reps: reps.list(true),
      calls: calls.all().map((call) => ({
        ...call,
        prebrief: prebriefs.get(call.id) ?? null,
        debrief: debriefs.get(call.id) ?? null,
      })),
      sessions: sessions.all(),
    }
  })()
}

/** Parses and validates a journal file's text; the error names the first bad field. */
export function readJournalFile(text: string): ParsedJournalFile {
  const parsed = journalFileSchema.safeParse(parseJsonText(text))
  if (!parsed.success) throw new AppFailure('INVALID_INPUT', describeFirstIssue(parsed.error), toIssues(parsed.error))
  return parsed.data
}

type Verdict = 'added' | 'updated' | 'unchanged'
type Planned<T> = { record: T; verdict: Verdict }
type ImportPlan = {
  reps: Planned<Rep>[]
  calls: Planned<JournalFileCall>[]
  sessions: Planned<CoachingSession>[]
  settings: Settings | null
}

/** Decides, record by record, what importing the file would do. Reads only. */
function planImport(ctx: CoreContext, file: ParsedJournalFile): ImportPlan {
  const { reps, calls, briefs, sessions, settings } = ctx.repos
  assertRepsKnown(ctx, file)
  const verdict = <T>(incoming: T, existing: T | undefined): Planned<T> => ({
    record: incoming,
    verdict: existing === undefined ? 'added' : sameContent(incoming, existing) ? 'unchanged' : 'updated',
  })
  const journalWasEmpty = reps.count() === 0 && calls.count() === 0 && sessions.count() === 0
  return {
    reps: file.reps.map((rep) => verdict<Rep>(rep, reps.get(rep.id))),
    calls: file.calls.map((call) => {
      const existing = calls.get(call.id)
      return verdict<JournalFileCall>(
        call,
        existing && {
          ...existing,
          prebrief: briefs.getPrebrief(call.id) ?? null,
          debrief: briefs.getDebrief(call.id) ?? null,
        },
      )
    }),
    sessions: file.sessions.map((session) => verdict<CoachingSession>(session, sessions.get(session.id))),
    settings: journalWasEmpty && file.settings !== null ? takeSettings(settings.get(), file.settings) : null,
  }
}

/** The schema checks the file on its own; whether each rep exists also depends on the journal. */
function assertRepsKnown(ctx: CoreContext, file: ParsedJournalFile): void {
  const inFile = new Set(file.reps.map((rep) => rep.id))
  const known = (id: string) => inFile.has(id) || ctx.repos.reps.get(id) !== undefined
  const issues: ErrorIssue[] = []
  for (const kind of ['calls', 'sessions'] as const) {
    file[kind].forEach((record, index) => {
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

function summarise(plan: ImportPlan): ImportPreview {
  const count = (items: Planned<unknown>[]): ImportCounts => ({
    added: items.filter((i) => i.verdict === 'added').length,
    updated: items.filter((i) => i.verdict === 'updated').length,
    unchanged: items.filter((i) => i.verdict === 'unchanged').length,
  })
  return { reps: count(plan.reps), calls: count(plan.calls), sessions: count(plan.sessions), takesSettings: plan.settings !== null }
}

/** Writes what changed. A call in the file replaces the journal's call whole, briefs included. */
function applyPlan(ctx: CoreContext, plan: ImportPlan): void {
  const { reps, calls, briefs, sessions, settings } = ctx.repos
  const at = ctx.now()
  const changed = <T>(items: Planned<T>[]) => items.filter((i) => i.verdict !== 'unchanged').map((i) => i.record)
  for (const rep of changed(plan.reps)) reps.save(rep, at)
  for (const { prebrief, debrief, ...call } of changed(plan.calls)) {
    calls.save(call, at)
    if (prebrief) briefs.savePrebrief(call.id, prebrief)
    else briefs.deletePrebrief(call.id)
    if (debrief) briefs.saveDebrief(call.id, debrief, at)
    else briefs.deleteDebrief(call.id)
  }
  for (const session of changed(plan.sessions)) sessions.save(session, at)
  if (plan.settings) settings.save(plan.settings, at)
}

export function previewImport(ctx: CoreContext, text: string): ImportPreview {
  const file = readJournalFile(text)
  return ctx.db.transaction(() => summarise(planImport(ctx, file)))()
}

export function importJournal(ctx: CoreContext, text: string): ImportSummary {
  const file = readJournalFile(text)
  return ctx.write(() => {
    const plan = planImport(ctx, file)
    applyPlan(ctx, plan)
    return summarise(plan)
  })
}

export function journalHandlers(ctx: CoreContext): Pick<Handlers['journal'], 'export' | 'previewImport' | 'import'> {
  return {
    export: () => exportJournal(ctx),
    previewImport: ({ text }) => previewImport(ctx, text),
    import: ({ text }) => importJournal(ctx, text),
  }
}
