import { randomUUID } from 'node:crypto'
import type { Outcome, Role, Stage } from '../../../../shared/domain'
import type { Call, Debrief, Prebrief, Rep } from '../../../../shared/entities'
import {
  CSV_TARGET_LABELS,
  CSV_TARGETS,
  DEFAULT_CSV_OPTIONS,
  REQUIRED_CSV_TARGETS,
  type CsvCallPreview,
  type CsvImportPreview,
  type CsvImportSummary,
  type CsvMapping,
  type CsvOptions,
  type CsvOptionsInput,
  type CsvRepChoice,
  type CsvTarget,
  type ImportProblem,
} from '../../../../shared/exchange'
import { AppFailure, type ErrorIssue } from '../../../../shared/result'
import type { CoreContext } from '../../context'
import type { CsvRow, CsvTable } from './csvRead'
import { mappingForHeaders, suggestMapping } from './csvMapping'
import { repMatchKey, readDate, readMoney, readOutcome, readRole, readStage, readTime, type Read } from './csvValues'
import { csvCallId } from './ids'
import { createMappingStore } from './mappingStore'
import { resolveRepNames, type RepNames } from './repNames'

/**
 * CSV of past joint calls (docs/imports.md): read the file, map its columns onto call fields,
 * check every row, then — only when no row has a problem — write everything in one transaction.
 * Each row becomes a call with an id derived from its rep, day, time, account and opportunity, so
 * the same file imported twice adds nothing the second time.
 */
const PREVIEW_ROWS = 10
const MAX_PROBLEMS = 200
const MAX_NAME = 120
const MAX_TEXT = 500

type PlannedCall = {
  line: number
  id: string
  repKey: string
  repName: string
  date: string
  time: string | null
  account: string | null
  opportunity: string | null
  dealValue: number | null
  stage: Stage | null
  plannedRole: Role | null
  actualRole: Role | null
  outcome: Outcome | null
  alreadyImported: boolean
}

type CsvPlan = {
  table: CsvTable
  mapping: CsvMapping
  options: CsvOptions
  problems: ImportProblem[]
  /** Every readable row, in file order, repeats left out. */
  calls: PlannedCall[]
  duplicates: number
}

export function resolveOptions(...layers: (CsvOptionsInput | undefined)[]): CsvOptions {
  const merged: CsvOptions = { ...DEFAULT_CSV_OPTIONS }
  for (const layer of layers) {
    if (layer?.dateFormat !== undefined) merged.dateFormat = layer.dateFormat
    if (layer?.decimalComma !== undefined) merged.decimalComma = layer.decimalComma
    if (layer?.delimiter !== undefined) merged.delimiter = layer.delimiter
  }
  return merged
}

function mappingProblems(mapping: CsvMapping, headers: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = []
  for (const target of REQUIRED_CSV_TARGETS) {
    if (mapping[target] === undefined) {
      problems.push({ line: null, column: null, message: `Choose the column that holds the ${CSV_TARGET_LABELS[target].toLowerCase()}` })
    }
  }
  for (const target of CSV_TARGETS) {
    const header = mapping[target]
    if (header !== undefined && !headers.includes(header)) {
      problems.push({ line: null, column: header, message: `The file has no column "${header}" (chosen for ${CSV_TARGET_LABELS[target].toLowerCase()})` })
    }
  }
  return problems
}

function planCsv(ctx: CoreContext, table: CsvTable, mapping: CsvMapping, options: CsvOptions): CsvPlan {
  const problems = mappingProblems(mapping, table.headers)
  const plan: CsvPlan = { table, mapping, options, problems, calls: [], duplicates: 0 }
  if (table.rows.length === 0) problems.push({ line: null, column: null, message: 'The file has a header row but no rows of calls' })
  if (problems.length > 0) return plan

  const index = new Map(table.headers.map((header, i) => [header, i]))
  const seen = new Set<string>()
  for (const row of table.rows) {
    const planned = planRow(row, table.headers.length, (target) => {
      const header = mapping[target]
      return header === undefined ? undefined : { header, value: row.cells[index.get(header) ?? -1] ?? '' }
    }, options, problems)
    if (!planned) continue
    if (seen.has(planned.id)) {
      plan.duplicates++
      continue
    }
    seen.add(planned.id)
    planned.alreadyImported = ctx.repos.calls.get(planned.id) !== undefined
    plan.calls.push(planned)
  }
  return plan
}

type Cell = { header: string; value: string } | undefined

/** One row's call, or null after recording what is wrong with it. */
function planRow(
  row: CsvRow,
  width: number,
  cell: (target: CsvTarget) => Cell,
  options: CsvOptions,
  problems: ImportProblem[],
): PlannedCall | null {
  const before = problems.length
  const problem = (column: string | null, message: string) => problems.push({ line: row.line, column, message })
  const read = <T>(target: CsvTarget, reader: (raw: string) => Read<T>): T | null => {
    const source = cell(target)
    if (source === undefined) return null
    const result = reader(source.value)
    if (result.ok) return result.value
    problem(source.header, result.message)
    return null
  }
  const text = (target: CsvTarget, max: number): string | null => {
    const source = cell(target)
    const value = source?.value.trim() ?? ''
    if (value === '') return null
    if (value.length > max && source) problem(source.header, `Keep this under ${max} characters (it has ${value.length})`)
    return value
  }

  if (row.cells.length > width) problem(null, `This row has ${row.cells.length} cells but the header names ${width} columns`)
  const dateCell = cell('date')
  const day = read('date', (raw) => readDate(raw, options.dateFormat))
  if (dateCell && dateCell.value.trim() === '') problem(dateCell.header, 'The date is missing')
  const repCell = cell('rep')
  const repName = text('rep', MAX_NAME)
  if (repCell && repName === null) problem(repCell.header, 'The rep’s name is missing')
  const time = cell('time') === undefined ? (day?.time ?? null) : read('time', readTime)
  const account = text('account', MAX_TEXT)
  const opportunity = text('opportunity', MAX_TEXT)
  const dealValue = read('dealValue', (raw) => readMoney(raw, options.decimalComma))
  const stage = read('stage', readStage)
  const plannedRole = read('plannedRole', readRole)
  const actualRole = read('actualRole', readRole)
  const outcome = read('outcome', readOutcome)
  const outcomeCell = cell('outcome')
  if (outcome !== null && actualRole === null && outcomeCell) {
    problem(
      outcomeCell.header,
      'An outcome is kept in the debrief, and a debrief needs the role you actually played: fill in the actual role or leave the outcome empty',
    )
  }
  if (problems.length > before || day === null || repName === null) return null
  const fields = { repName: repName.replace(/\s+/g, ' '), date: day.date, time, account, opportunity }
  return {
    line: row.line,
    id: csvCallId(fields),
    repKey: repMatchKey(repName),
    ...fields,
    dealValue,
    stage,
    plannedRole,
    actualRole,
    outcome,
    alreadyImported: false,
  }
}

function toPreviewCall(call: PlannedCall, names: RepNames): CsvCallPreview {
  return {
    line: call.line,
    date: call.date,
    time: call.time,
    repName: call.repName,
    newRep: !names.repIds.has(call.repKey),
    repId: names.repIds.get(call.repKey) ?? null,
    account: call.account,
    opportunity: call.opportunity,
    dealValue: call.dealValue,
    stage: call.stage,
    plannedRole: call.plannedRole,
    actualRole: call.actualRole,
    outcome: call.outcome,
    alreadyImported: call.alreadyImported,
  }
}

/** The rows to add: a call already imported is left as it is, rep included. */
const callsToAdd = (plan: CsvPlan) => plan.calls.filter((call) => !call.alreadyImported)

export type CsvPreviewInput = {
  text: string
  mapping?: CsvMapping | undefined
  options?: CsvOptionsInput | undefined
  repChoices?: CsvRepChoice[] | undefined
}

export async function previewCsvImport(ctx: CoreContext, input: CsvPreviewInput): Promise<CsvImportPreview> {
  // The file is read in the sandbox; the delimiter must be known before the headers are, and a
  // remembered mapping (found by those headers) may name another delimiter: then it is read again.
  const firstLook = await ctx.reader.csv(input.text, input.options?.delimiter ?? 'auto')
  const store = createMappingStore(ctx.db)
  const saved = store.forHeaders(firstLook.headers)
  const options = resolveOptions(input.mapping === undefined ? saved?.options : undefined, input.options)
  const table = options.delimiter === (input.options?.delimiter ?? 'auto') ? firstLook : await ctx.reader.csv(input.text, options.delimiter)
  return ctx.db.transaction((): CsvImportPreview => {
    const suggested = suggestMapping(table.headers)
    const mapping = input.mapping ?? (saved ? mappingForHeaders(saved.mapping, table.headers) : suggested)
    const plan = planCsv(ctx, table, mapping, options)
    const toCreate = callsToAdd(plan)
    const names = resolveRepNames(ctx.repos.reps.list(true), toCreate, input.repChoices ?? [], store.repChoices())
    return {
      headers: table.headers,
      delimiter: table.delimiter,
      sampleRows: table.rows
        .slice(0, PREVIEW_ROWS)
        .map((row) => table.headers.map((_, i) => row.cells[i] ?? '')),
      suggestedMapping: suggested,
      savedMapping: saved,
      mapping,
      options,
      rows: table.rows.length,
      problems: plan.problems.slice(0, MAX_PROBLEMS),
      problemCount: plan.problems.length,
      willCreate: { reps: [...names.newReps.values()], calls: toCreate.length },
      unmatchedNames: names.unmatched,
      alreadyImported: plan.calls.length - toCreate.length,
      duplicates: plan.duplicates,
      calls: plan.calls.slice(0, PREVIEW_ROWS).map((call) => toPreviewCall(call, names)),
    }
  })()
}

export type CsvApplyInput = {
  text: string
  mapping: CsvMapping
  options?: CsvOptionsInput | undefined
  repChoices?: CsvRepChoice[] | undefined
  saveMappingAs?: string | undefined
}

function describeProblem(problem: ImportProblem): ErrorIssue {
  const path =
    problem.line === null ? (problem.column === null ? 'mapping' : `column "${problem.column}"`) : `line ${problem.line}${problem.column === null ? '' : `, column "${problem.column}"`}`
  return { path, message: problem.message }
}

export async function applyCsvImport(ctx: CoreContext, input: CsvApplyInput): Promise<CsvImportSummary> {
  const options = resolveOptions(input.options)
  const table = await ctx.reader.csv(input.text, options.delimiter)
  return ctx.write((): CsvImportSummary => {
    const plan = planCsv(ctx, table, input.mapping, options)
    const first = plan.problems[0]
    if (first) {
      const issues = plan.problems.map(describeProblem)
      const head = issues[0] ?? describeProblem(first)
      const more = plan.problems.length > 1 ? ` (and ${plan.problems.length - 1} more problem${plan.problems.length === 2 ? '' : 's'})` : ''
      const where = head.path.charAt(0).toUpperCase() + head.path.slice(1)
      throw new AppFailure('INVALID_INPUT', `${where}: ${head.message}${more}. Nothing was imported.`, issues)
    }
    const { reps, calls, briefs } = ctx.repos
    // Only what the manager confirmed: apply takes no remembered choice the request does not carry.
    const names = resolveRepNames(reps.list(true), callsToAdd(plan), input.repChoices ?? [], new Map())
    const at = ctx.now()
    const created = { reps: 0, calls: 0, prebriefs: 0, debriefs: 0 }
    for (const [key, name] of names.newReps) {
      const rep: Rep = { id: randomUUID(), name, title: null, startedOn: null, archived: false }
      reps.save(rep, at)
      names.repIds.set(key, rep.id)
      created.reps++
    }
    for (const planned of plan.calls) {
      if (planned.alreadyImported) continue
      const repId = names.repIds.get(planned.repKey)
      if (repId === undefined) throw new Error(`No rep was resolved for line ${planned.line}`)
      const call: Call = {
        id: planned.id,
        repId,
        date: planned.date,
        time: planned.time,
        account: planned.account,
        opportunity: planned.opportunity,
        dealValue: planned.dealValue,
        stage: planned.stage,
        stakes: null,
        cancelled: false,
      }
      calls.save(call, at)
      created.calls++
      if (planned.plannedRole !== null) {
        briefs.savePrebrief(call.id, emptyPrebrief(planned.plannedRole, at))
        created.prebriefs++
      }
      if (planned.actualRole !== null) {
        briefs.saveDebrief(call.id, emptyDebrief(planned.actualRole, planned.outcome), at)
        created.debriefs++
      }
    }
    const savedMapping =
      input.saveMappingAs === undefined
        ? null
        : createMappingStore(ctx.db).save(
            {
              name: input.saveMappingAs,
              mapping: mappingForHeaders(input.mapping, table.headers),
              options,
              headers: table.headers,
              repChoices: names.chosen,
            },
            at,
          )
    return {
      created,
      alreadyImported: plan.calls.filter((call) => call.alreadyImported).length,
      duplicates: plan.duplicates,
      savedMapping,
    }
  })
}

function emptyPrebrief(plannedRole: Role, at: string): Prebrief {
  return {
    plannedRole,
    purpose: null,
    objective: null,
    nextStep: null,
    leads: null,
    questions: [],
    interventionRule: null,
    takeoverRisk: null,
    skillFocus: null,
    notes: null,
    updatedAt: at,
  }
}

/** When a past debrief was completed is not known from a CRM row: left null. */
function emptyDebrief(actualRole: Role, outcome: Outcome | null): Debrief {
  return {
    actualRole,
    outcome,
    rescueInitiator: null,
    rescueFear: null,
    asks: null,
    tells: null,
    repSelfAssessment: null,
    rootCause: null,
    rootCauseNote: null,
    lesson: null,
    skillObserved: null,
    skillToDrill: null,
    drillType: null,
    drillReps: null,
    notes: null,
    privateNotes: null,
    completedAt: null,
    updatedAt: null,
  }
}
