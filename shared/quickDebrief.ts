import type { Debrief } from './entities'

/**
 * The 60-second debrief (issue 14, item 2): right after a call, the role played, whether the
 * manager took over and the one reason why, and one lesson. It is the same debrief record as the
 * full one, with fewer of its fields filled; the full debrief stays to do until it says how the
 * call ended, the first thing the full form asks and the one thing the quick form never does.
 */
export function fullDebriefStillToDo(debrief: Pick<Debrief, 'outcome'> | null): boolean {
  return debrief !== null && (debrief.outcome ?? null) === null
}
