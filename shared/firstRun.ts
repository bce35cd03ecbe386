/**
 * The first run and the demo journal (issue 14, item 1). A journal that holds nothing and whose
 * owner has not said "I know my way" opens on a short lesson in the method; from there the demo
 * journal (made-up reps and calls in a folder of its own, `<dataDir>/demo/`) can be opened beside
 * the real one, and removed again in one click. Which journal is open is the face's business
 * (electron/core/host/journalSwitch.ts): the core only ever sees one journal.
 */

/** Where the demo journal lives, inside the real journal's data folder. */
export const DEMO_FOLDER = 'demo'
/** How many calls the demo journal starts with: enough for every chart to show a trend. */
export const DEMO_CALLS = 400

export type FirstRunStatus = {
  /** No rep, call or coaching session yet. */
  empty: boolean
  /** The owner closed the first-run lesson ("I know my way" or "Start my journal"). */
  dismissed: boolean
}

export type DemoStatus = {
  /** Whether this face can open a demo journal at all (the CLI cannot; use --data-dir there). */
  available: boolean
  /** The demo journal is the one every operation reaches now. */
  open: boolean
  /** A demo journal exists on disk (open or not). */
  exists: boolean
}

/** Whether the first-run lesson shows: only on a journal that holds nothing and was not dismissed. */
export function showsFirstRun(status: FirstRunStatus, demo: Pick<DemoStatus, 'open'>): boolean {
  return status.empty && !status.dismissed && !demo.open
}
