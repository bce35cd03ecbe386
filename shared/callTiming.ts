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
