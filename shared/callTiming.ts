/**
 * Whether a call has taken place, by its day in the manager's calendar: the one rule every
 * view uses (Home, the calls list, the rep sheet, the report and the metrics' "held", which is
 * `day <= asOf` in SQL). A call today counts as held: it may well be over, and its debrief may
 * be written the same evening. A call on a later day has not happened yet, so it cannot be
 * debriefed (what would be looked back on?); DOMAIN.md's metrics would otherwise count it as
 * debriefed but not held, and the lists would show it as both coming up and done.
 */
export function isHeld(date: string, today: string): boolean {
  return date <= today
}

/** Coming up: not held yet. The calls list's "Upcoming" is these; "Past" the held ones. */
export function isUpcoming(date: string, today: string): boolean {
  return !isHeld(date, today)
}

/** Why a debrief is refused for a call on `date` (null when it may be written). */
export function futureDebriefProblem(date: string, today: string): string | null {
  return isHeld(date, today)
    ? null
    : `This call is dated ${date}, after today: a debrief looks back on a call that took place. Change the call's date if it already happened.`
}

/**
 * The last day of `[from, to]` whose debriefs count, as of `asOf`: a debrief counts from its
 * call's day. The app refuses a debrief on a call after today, but a journal file can carry one
 * (an import, a restored backup, a clock set wrong when it was written); such a debrief is kept
 * whole and shown on its call, and every figure — the metrics and charts, Home, the rep page,
 * the one-on-one sheet and the progress report — leaves it out until that day comes, so the call
 * is "coming up" everywhere, never debriefed in one view and upcoming in another. Returns a day
 * before `from` when no day of the period is held yet (a BETWEEN then matches nothing).
 */
export function heldUntil(to: string, asOf: string): string {
  return to <= asOf ? to : asOf
}

/** Whether a call's debrief counts in the figures as of `asOf` (the same rule, for one call). */
export function debriefCounts(date: string, asOf: string): boolean {
  return isHeld(date, asOf)
}
