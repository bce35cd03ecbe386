/*
 * The Insights screen's limits and targets, apart from shared/insights.ts (its schemas need zod):
 * the page names them before its bundle has run (renderer/src/app/firstCalls.ts), and the
 * renderer's chart code reads them without loading zod. shared/insights.ts exports them too.
 */

/** How many lessons the Insights screen lists at most; the total is always given. */
export const SIDEWALK_LESSONS_SHOWN = 50

/** Periods up to this many ISO weeks are charted by week. */
export const MAX_WEEKLY_BUCKETS = 26
/** The rolling rescue rate looks back this many days, the day itself included. */
export const ROLLING_WINDOW_DAYS = 90
/** Above this many rescues with a deal value the scatter shows binned points with counts. */
export const MAX_SCATTER_POINTS = 1000
/** The binned scatter grid: time bins × value bins × 2 stakes stays at or below 1,000 points. */
export const SCATTER_TIME_BINS = 24
export const SCATTER_VALUE_BINS = 20
/** The heatmap keeps at most this many columns (and reps × columns at most 1,000 cells). */
export const MAX_CADENCE_COLUMNS = 53
export const MAX_CADENCE_CELLS = 1000
/** Calibration bins of the predicted takeover chance: 0–9, 10–19, … 90–100. */
export const CALIBRATION_BIN_WIDTH = 10
export const CALIBRATION_BINS = 10
/** The ask share a manager aims for: DOMAIN.md's "asking more than telling", as the screen's target line. */
export const ASK_SHARE_TARGET = 0.7
