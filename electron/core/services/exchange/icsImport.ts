import { localToday } from '../../../../shared/dates'
import type { Call, Rep } from '../../../../shared/entities'
import {
  ICS_DEFAULT_DAYS_AHEAD,
  ICS_DEFAULT_DAYS_BACK,
  type IcsAttendee,
  type IcsEventPreview,
  type IcsImportPreview,
  type IcsImportSummary,
} from '../../../../shared/exchange'
import { addDays } from '../../../../shared/isoWeek'
import { requirePeriod } from '../../../../shared/period'
import { AppFailure, type ErrorIssue } from '../../../../shared/result'
import type { CoreContext } from '../../context'
import { nameKey } from './csvValues'
import { icsCallId } from './ids'
import type { IcsOccurrence, IcsWindow } from './icsRead'

/**
 * Planned calls from a calendar (docs/imports.md). The preview lists the occurrences in a window
 * of days with a suggested rep; the apply creates one call per picked occurrence — no pre-brief,
 * as a pre-brief starts with the role the manager plans to play. Ids come from the event's UID
 * and occurrence, so importing the same calendar again adds nothing.
 */
export function icsWindow(input: { from?: string | undefined; to?: string | undefined }, today: string = localToday()): IcsWindow {
  const span = ICS_DEFAULT_DAYS_BACK + ICS_DEFAULT_DAYS_AHEAD
  const from = input.from ?? (input.to === undefined ? addDays(today, -ICS_DEFAULT_DAYS_BACK) : addDays(input.to, -span))
  const to = input.to ?? (input.from === undefined ? addDays(today, ICS_DEFAULT_DAYS_AHEAD) : addDays(input.from, span))
  if (from > to) {
    throw new AppFailure('INVALID_INPUT', `The window ends (${to}) before it starts (${from})`, [{ path: 'to', message: 'Put the earlier day first' }])
  }
  requirePeriod({ from, to })
  return { from, to }
}

/** "dana.ortiz@…" → "dana ortiz": an address's local part read as a name. */
const localPartName = (email: string) => nameKey((email.split('@')[0] ?? '').replace(/[._+-]+/g, ' '))

/** The first attendee whose name, or the local part of whose address, is a rep's name (any case). */
export function suggestRep(attendees: readonly IcsAttendee[], reps: readonly Rep[]): string | null {
  const byName = new Map<string, string>()
  for (const rep of [...reps].sort((a, b) => Number(a.archived) - Number(b.archived))) {
    const key = nameKey(rep.name)
    if (!byName.has(key)) byName.set(key, rep.id)
    const squashed = key.replace(/ /g, '')
    if (!byName.has(squashed)) byName.set(squashed, rep.id)
  }
  for (const person of attendees) {
    const candidates = [person.name === null ? null : nameKey(person.name), person.email === null ? null : localPartName(person.email)]
    for (const candidate of candidates) {
      if (candidate === null || candidate === '') continue
      const id = byName.get(candidate) ?? byName.get(candidate.replace(/ /g, ''))
      if (id !== undefined) return id
    }
  }
  return null
}

const PREFIX = /^\s*(?:joint call|ride[- ]?along|call|meeting|visit|demo|lunch|appointment)\s*(?:with|at|:|-|–|—)\s*/i

/** The account a call would get: the summary without a "Call with" prefix, else the location. */
export function suggestAccount(occurrence: Pick<IcsOccurrence, 'summary' | 'location'>): string | null {
  const fromSummary = occurrence.summary.replace(PREFIX, '').trim()
  const account = fromSummary !== '' ? fromSummary : (occurrence.location ?? '').trim()
  return account === '' ? null : account.slice(0, 500)
}

const keyOf = (uid: string, recurrenceId: string | null | undefined) => `${uid}\n${recurrenceId ?? ''}`

export async function previewIcsImport(
  ctx: CoreContext,
  input: { text: string; from?: string | undefined; to?: string | undefined },
): Promise<IcsImportPreview> {
  const window = icsWindow(input)
  const reading = await ctx.reader.ics(input.text, window)
  return ctx.db.transaction((): IcsImportPreview => {
    const reps = ctx.repos.reps.list(true)
    const events: IcsEventPreview[] = reading.occurrences.map((o) => ({
      ...o,
      suggestedRepId: suggestRep(o.attendees, reps),
      suggestedAccount: suggestAccount(o),
      alreadyImported: ctx.repos.calls.get(icsCallId(o.uid, o.recurrenceId)) !== undefined,
    }))
    return { ...window, events, truncated: reading.truncated }
  })()
}

export type IcsApplyInput = {
  text: string
  from?: string | undefined
  to?: string | undefined
  picks: { uid: string; recurrenceId?: string | null | undefined; repId: string; account?: string | null | undefined; opportunity?: string | null | undefined }[]
}

export async function applyIcsImport(ctx: CoreContext, input: IcsApplyInput): Promise<IcsImportSummary> {
  const window = icsWindow(input)
  const reading = await ctx.reader.ics(input.text, window)
  const byKey = new Map(reading.occurrences.map((o) => [keyOf(o.uid, o.recurrenceId), o]))
  return ctx.write((): IcsImportSummary => {
    const issues: ErrorIssue[] = []
    const planned: Call[] = []
    input.picks.forEach((pick, index) => {
      const found = byKey.get(keyOf(pick.uid, pick.recurrenceId))
      if (!found) {
        const which = pick.recurrenceId ? ` (occurrence ${pick.recurrenceId})` : ''
        issues.push({ path: `picks[${index}].uid`, message: `No event "${pick.uid}"${which} in this file between ${window.from} and ${window.to}` })
        return
      }
      if (!ctx.repos.reps.get(pick.repId)) {
        issues.push({ path: `picks[${index}].repId`, message: `No rep with id "${pick.repId}"` })
        return
      }
      planned.push({
        id: icsCallId(found.uid, found.recurrenceId),
        repId: pick.repId,
        date: found.date,
        time: found.time,
        account: pick.account === undefined ? suggestAccount(found) : pick.account,
        opportunity: pick.opportunity ?? null,
        dealValue: null,
        stage: null,
        stakes: null,
        cancelled: false,
      })
    })
    const first = issues[0]
    if (first) throw new AppFailure('INVALID_INPUT', `${first.path}: ${first.message}. Nothing was imported.`, issues)
    const at = ctx.now()
    const done = new Set<string>()
    let created = 0
    let alreadyImported = 0
    for (const call of planned) {
      if (done.has(call.id) || ctx.repos.calls.get(call.id)) {
        alreadyImported++
        continue
      }
      done.add(call.id)
      ctx.repos.calls.save(call, at)
      created++
    }
    return { created, alreadyImported }
  })
}
