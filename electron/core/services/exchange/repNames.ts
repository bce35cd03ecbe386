import type { Rep } from '../../../../shared/entities'
import type { CsvRepChoice, CsvUnmatchedName } from '../../../../shared/exchange'
import { AppFailure, type ErrorIssue } from '../../../../shared/result'
import { repMatchKey } from './csvValues'

/**
 * Which rep each name in a CSV means (docs/imports.md, "Names no rep has"). A name a rep has
 * (ignoring case and accents) is that rep. Any other name takes the manager's choice — an
 * existing rep, or a new rep of that name — else a remembered choice, else a new rep.
 */
export type RepNames = {
  /** Rep id by name key: the journal's own names and the names matched to a rep. */
  repIds: Map<string, string>
  /** Names that become new reps, by key, spelled as the file first spells them. */
  newReps: Map<string, string>
  /** Every name no rep has, in file order, with what the import does with it. */
  unmatched: CsvUnmatchedName[]
  /** The request's choices for this file's names no rep has, by key: what a saved mapping keeps. */
  chosen: Map<string, string | null>
}

/** Reps by name key; an active rep wins over an archived one of the same name. */
function repsByName(reps: readonly Rep[]): Map<string, string> {
  const ids = new Map<string, string>()
  for (const rep of [...reps].sort((a, b) => Number(a.archived) - Number(b.archived))) {
    const key = repMatchKey(rep.name)
    if (!ids.has(key)) ids.set(key, rep.id)
  }
  return ids
}

/**
 * The request's choices by name key; a rep that is not in the journal refuses the request. Two
 * spellings of one name ("Jamie Fox", "JAMIE FOX") are one name: the later choice counts, as a
 * screen that met the name spelled both ways sends its newest choice last.
 */
function readChoices(choices: readonly CsvRepChoice[], repExists: (id: string) => boolean): Map<string, string | null> {
  const byKey = new Map<string, string | null>()
  const issues: ErrorIssue[] = []
  choices.forEach((choice, index) => {
    if (choice.repId !== null && !repExists(choice.repId)) {
      issues.push({
        path: `repChoices[${index}].repId`,
        message: `The rep chosen for "${choice.name}" is not in your journal (no rep has the id "${choice.repId}")`,
      })
    }
    byKey.set(repMatchKey(choice.name), choice.repId)
  })
  const first = issues[0]
  if (first) throw new AppFailure('INVALID_INPUT', `${first.message}. Nothing was imported.`, issues)
  return byKey
}

export function resolveRepNames(
  reps: readonly Rep[],
  calls: ReadonlyArray<{ repKey: string; repName: string }>,
  choices: readonly CsvRepChoice[],
  remembered: ReadonlyMap<string, string>,
): RepNames {
  const repIds = repsByName(reps)
  const known = new Set(reps.map((rep) => rep.id))
  const given = readChoices(choices, (id) => known.has(id))
  const unmatched = new Map<string, CsvUnmatchedName>()
  for (const call of calls) {
    if (repIds.has(call.repKey)) continue
    const seen = unmatched.get(call.repKey)
    if (seen) {
      seen.calls++
      continue
    }
    const choice = given.get(call.repKey)
    // A remembered rep removed since is forgotten here: the name becomes a new rep unless chosen again.
    const recalled = remembered.get(call.repKey)
    const fromMemory = choice === undefined && recalled !== undefined && known.has(recalled)
    unmatched.set(call.repKey, { name: call.repName, calls: 1, repId: choice ?? (fromMemory ? recalled : null), remembered: fromMemory })
  }

  const newReps = new Map<string, string>()
  const chosen = new Map<string, string | null>()
  for (const [key, name] of unmatched) {
    if (name.repId === null) newReps.set(key, name.name)
    else repIds.set(key, name.repId)
    const choice = given.get(key)
    if (choice !== undefined) chosen.set(key, choice)
  }
  return { repIds, newReps, unmatched: [...unmatched.values()], chosen }
}
